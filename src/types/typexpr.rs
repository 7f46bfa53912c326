//! Type expressions: names of types, pointer, array, slice, map, channel,
//! function, struct and interface types, as written in declarations and in
//! expression position. Records every type expression in `Info::types`
//! with mode `TypeExpr`.

use super::check::Checker;
use super::constant::{parse_string, to_int};
use super::info::{ObjKind, TypeAndValue};
use super::operand::OpMode;
use super::ty::{Field, IMethod, Signature, Type, TypeId, TypeTable};
use crate::syntax::ast::{Expr, ExprKind, FuncType, InterfaceElem, TypeExpr};
use num_traits::ToPrimitive;

impl<'a> Checker<'a> {
    /// A type expression (go/types `typ`): reports `x is not a type`.
    pub fn typ(&mut self, e: &'a Expr) -> TypeId {
        let t = self.typ_inner(e);
        self.info.types.insert(
            e.id,
            TypeAndValue {
                mode: super::info::Mode::TypeExpr,
                ty: t,
                value: None,
            },
        );
        t
    }

    fn typ_inner(&mut self, e: &'a Expr) -> TypeId {
        if let ExprKind::Ident(id) = &e.kind
            && let Some(obj) = self.lookup(&id.name)
            && !matches!(self.obj(obj).kind, ObjKind::TypeName)
        {
            self.info.uses.insert(id.id, obj);
            let kind = self.object_kind(obj);
            self.error(e.span, format!("{} ({kind}) is not a type", id.name));
            if matches!(self.obj(obj).kind, ObjKind::Var { .. }) {
                self.used.insert(obj);
            }
            if matches!(self.obj(obj).kind, ObjKind::PkgName(_)) {
                self.used_pkgs.insert(obj);
            }
            return TypeTable::INVALID;
        }
        match &e.kind {
            ExprKind::Ident(_) | ExprKind::Selector(..) => {
                let x = self.expr_or_type(e);
                match x.mode {
                    OpMode::TypeExpr => x.ty,
                    OpMode::Invalid => TypeTable::INVALID,
                    OpMode::NoValue => {
                        let s = super::exprstring::expr_string(e);
                        self.error(e.span, format!("{s} used as type"));
                        TypeTable::INVALID
                    }
                    _ => {
                        let s = self.op_str(&x);
                        self.error(e.span, format!("{s} is not a type"));
                        TypeTable::INVALID
                    }
                }
            }
            ExprKind::Paren(x) => self.typ(x),
            ExprKind::Star(x) => {
                let t = self.typ(x);
                if t == TypeTable::INVALID {
                    return t;
                }
                self.types.pointer(t)
            }
            ExprKind::TypeExpr(te) => self.type_literal(e, te),
            _ => {
                let s = super::exprstring::expr_string(e);
                self.error(e.span, format!("{s} is not a type"));
                TypeTable::INVALID
            }
        }
    }

    /// `[N]T`, `[]T`, `map[K]V`, `chan T`, `func(...)`, `struct{...}`, `interface{...}`.
    pub fn type_literal(&mut self, e: &'a Expr, te: &'a TypeExpr) -> TypeId {
        match te {
            TypeExpr::Array { len, elem } => {
                let n = match len {
                    Some(l) => self.array_length(l),
                    None => {
                        self.error(
                            e.span,
                            "invalid use of [...] array (outside a composite literal)",
                        );
                        -1
                    }
                };
                let et = self.typ(elem);
                if n < 0 || et == TypeTable::INVALID {
                    return TypeTable::INVALID;
                }
                self.types.intern(Type::Array { elem: et, len: n })
            }
            TypeExpr::Slice(elem) => {
                let et = self.typ(elem);
                if et == TypeTable::INVALID {
                    return et;
                }
                self.types.slice(et)
            }
            TypeExpr::Map(k, v) => {
                let kt = self.typ(k);
                let vt = self.typ(v);
                if kt == TypeTable::INVALID || vt == TypeTable::INVALID {
                    return TypeTable::INVALID;
                }
                self.later_map_keys.push((kt, k.span));
                self.types.intern(Type::Map { key: kt, elem: vt })
            }
            TypeExpr::Chan(dir, elem) => {
                let et = self.typ(elem);
                if et == TypeTable::INVALID {
                    return et;
                }
                self.types.intern(Type::Chan {
                    dir: *dir,
                    elem: et,
                })
            }
            TypeExpr::Func(ft) => self.func_type(ft),
            TypeExpr::Struct(fields) => self.struct_type(fields),
            TypeExpr::Interface(elems) => self.interface_type(elems),
        }
    }

    /// Check map key types once all types are complete: `invalid map key type K`.
    pub fn check_map_keys(&mut self) {
        let keys = std::mem::take(&mut self.later_map_keys);
        for (k, span) in keys {
            if self.is_valid(k) && !self.comparable(k) {
                let s = self.type_str(k);
                self.error(span, format!("invalid map key type {s}"));
            }
        }
    }

    /// The length of an array type: a non-negative integer constant.
    fn array_length(&mut self, e: &'a Expr) -> i64 {
        if let ExprKind::Ident(id) = &e.kind {
            match self.lookup(&id.name) {
                None => {
                    self.error(
                        e.span,
                        format!(
                            "undefined array length {} or missing type constraint",
                            id.name
                        ),
                    );
                    return -1;
                }
                Some(o) => {
                    if !matches!(self.obj(o).kind, ObjKind::Const(_)) && !self.is_iota(o) {
                        self.error(e.span, format!("invalid array length {}", id.name));
                        return -1;
                    }
                }
            }
        }
        let mut x = self.expr(e);
        if x.mode != OpMode::Constant {
            if x.mode != OpMode::Invalid {
                let s = self.op_str(&x);
                self.error(e.span, format!("array length {s} must be constant"));
            }
            return -1;
        }
        if (self.is_untyped(x.ty) || self.is_integer(x.ty))
            && let Some(i) = x.val.as_ref().and_then(to_int)
            && let Some(n) = i.to_i64()
            && n >= 0
        {
            if self.is_untyped(x.ty) {
                self.convert_untyped(&mut x, TypeTable::INT);
            }
            return n;
        }
        let s = self.op_str(&x);
        if self.is_integer(x.ty) {
            self.error(e.span, format!("invalid array length {s}"));
        } else {
            self.error(e.span, format!("array length {s} must be integer"));
        }
        -1
    }

    /// A function type's signature (parameter names are not part of it).
    pub fn func_type(&mut self, ft: &'a FuncType) -> TypeId {
        let (params, results) = self.signature_types(ft);
        self.types.intern(Type::Func(Signature {
            params,
            results,
            variadic: ft.variadic,
        }))
    }

    /// Parameter and result types of a signature, one per name (or per
    /// unnamed parameter); the variadic parameter as a slice.
    pub fn signature_types(&mut self, ft: &'a FuncType) -> (Vec<TypeId>, Vec<TypeId>) {
        let mut params = Vec::new();
        let n = ft.params.len();
        for (i, p) in ft.params.iter().enumerate() {
            let mut t = self.typ(&p.ty);
            if ft.variadic && i + 1 == n && t != TypeTable::INVALID {
                t = self.types.slice(t);
            }
            for _ in 0..p.names.len().max(1) {
                params.push(t);
            }
        }
        let mut results = Vec::new();
        for p in &ft.results {
            let t = self.typ(&p.ty);
            for _ in 0..p.names.len().max(1) {
                results.push(t);
            }
        }
        (params, results)
    }

    /// `struct { ... }`: fields in order; embedded fields are named after their type.
    fn struct_type(&mut self, fields: &'a [crate::syntax::ast::FieldDecl]) -> TypeId {
        let mut out: Vec<Field> = Vec::new();
        let mut objs = Vec::new();
        let mut seen: std::collections::HashMap<String, crate::syntax::ast::Span> =
            Default::default();
        let mut invalid = false;
        for f in fields {
            let t = self.typ(&f.ty);
            if t == TypeTable::INVALID {
                invalid = true;
            }
            let tag = f.tag.as_ref().map(|raw| {
                if raw.starts_with('"') || raw.starts_with('`') {
                    parse_string(raw)
                        .map(|b| String::from_utf8_lossy(&b).into_owned())
                        .unwrap_or_default()
                } else {
                    raw.clone()
                }
            });
            let mut add = |c: &mut Checker<'a>,
                           name: &str,
                           span: crate::syntax::ast::Span,
                           embedded: bool,
                           def: Option<crate::syntax::ast::NodeId>| {
                if name != "_" {
                    if let Some(prev) = seen.get(name) {
                        let p = c.pos_string(*prev);
                        c.error(
                            span,
                            format!("{name} redeclared\n\t{p}: other declaration of {name}"),
                        );
                        return;
                    }
                    seen.insert(name.to_string(), span);
                }
                let o = c.new_obj(
                    ObjKind::Var {
                        global: false,
                        field: true,
                    },
                    name,
                    t,
                    span,
                );
                if let Some(id) = def {
                    c.info.defs.insert(id, o);
                }
                objs.push(o);
                out.push(Field {
                    name: name.to_string(),
                    ty: t,
                    embedded,
                    tag: tag.clone(),
                });
            };
            if f.names.is_empty() {
                let name = embedded_name(&f.ty).unwrap_or_else(|| "?".into());
                if t != TypeTable::INVALID {
                    let (base, ptr) = self.deref(t);
                    if ptr && self.is_interface(base) {
                        self.error(
                            f.ty.span,
                            "embedded field type cannot be a pointer to an interface",
                        );
                    } else if ptr && self.is_pointer(base) {
                        self.error(f.ty.span, "embedded field type cannot be a pointer");
                    }
                }
                add(self, &name, f.ty.span, true, None);
            } else {
                for n in &f.names {
                    add(self, &n.name, n.span, false, Some(n.id));
                }
            }
        }
        if invalid {
            return TypeTable::INVALID;
        }
        let st = self.types.intern(Type::Struct(out));
        self.struct_fields.entry(st).or_insert(objs);
        st
    }

    /// `interface { M(); Embedded }`: the complete method set, sorted by name.
    fn interface_type(&mut self, elems: &'a [InterfaceElem]) -> TypeId {
        let mut methods: Vec<(IMethod, crate::syntax::ast::Span)> = Vec::new();
        for el in elems {
            match el {
                InterfaceElem::Method { name, sig } => {
                    let s = self.func_type(sig);
                    if let Some((_, prev)) = methods.iter().find(|(m, _)| m.name == name.name) {
                        let p = self.pos_string(*prev);
                        self.error(
                            name.span,
                            format!(
                                "duplicate method {}\n\t{p}: other declaration of method {}",
                                name.name, name.name
                            ),
                        );
                        continue;
                    }
                    methods.push((
                        IMethod {
                            name: name.name.clone(),
                            sig: s,
                        },
                        name.span,
                    ));
                }
                InterfaceElem::Embed(e) => {
                    let t = self.typ(e);
                    if t == TypeTable::INVALID {
                        continue;
                    }
                    if self.types.underlying(t) == TypeTable::INVALID {
                        // an interface still being declared: a cycle
                        if let Some(&o) = self.named_objs.get(&t) {
                            self.cycle_error(o);
                        }
                        continue;
                    }
                    match self.types.under(t).clone() {
                        Type::Interface(ms) => {
                            for m in ms {
                                if let Some((prev, _)) =
                                    methods.iter().find(|(p, _)| p.name == m.name)
                                {
                                    if prev.sig != m.sig {
                                        self.error(e.span, format!("duplicate method {}", m.name));
                                    }
                                    continue;
                                }
                                methods.push((m, e.span));
                            }
                        }
                        _ => {
                            let s = self.type_str(t);
                            self.error(
                                e.span,
                                format!(
                                    "cannot use {s} in interface: {s} is not an interface type"
                                ),
                            );
                        }
                    }
                }
            }
        }
        let mut ms: Vec<IMethod> = methods.into_iter().map(|(m, _)| m).collect();
        ms.sort_by(|a, b| a.name.cmp(&b.name));
        self.types.intern(Type::Interface(ms))
    }
}

/// The field name of an embedded field: `T`, `*T`, `pkg.T` give `T`.
pub fn embedded_name(e: &Expr) -> Option<String> {
    match &e.kind {
        ExprKind::Ident(id) => Some(id.name.clone()),
        ExprKind::Star(x) | ExprKind::Paren(x) => embedded_name(x),
        ExprKind::Selector(_, sel) => Some(sel.name.clone()),
        _ => None,
    }
}

impl<'a> Checker<'a> {
    /// How go/types names an object's kind (`local variable`, `function`...).
    pub fn object_kind(&self, obj: super::ty::ObjId) -> &'static str {
        let o = self.obj(obj);
        match &o.kind {
            ObjKind::PkgName(_) => "package name",
            ObjKind::Const(_) => "constant",
            ObjKind::TypeName => "defined type",
            ObjKind::Var { field: true, .. } => "struct field",
            ObjKind::Var { global: true, .. } => "package-level variable",
            ObjKind::Var { .. } => "local variable",
            ObjKind::Func { has_recv: true, .. } => "method",
            ObjKind::Func { .. } => "function",
            ObjKind::Label => "label",
            ObjKind::Builtin(_) => "built-in function",
            ObjKind::Nil => "untyped nil",
        }
    }
}
