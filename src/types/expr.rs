//! Expressions: identifiers, literals, selectors, index and slice
//! expressions, type assertions, unary and binary operators (with exact
//! constant folding), shifts and comparisons, and the bookkeeping of
//! untyped expressions whose final type is known only from their context
//! (go/types `updateExprType`).

use super::check::{Checker, UntypedEntry};
use super::constant::{self, OpError, Unrepresentable, parse_literal, representable, to_int};
use super::exprstring::expr_string;
use super::info::{ConstValue, ObjKind, TypeAndValue};
use super::lookup::Lookup;
use super::operand::{OpMode, Operand};
use super::ty::{BasicKind, Type, TypeId, TypeTable};
use crate::syntax::ast::{BinaryOp, Expr, ExprKind, LitKind, UnaryOp};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

/// The result of checking an index expression.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum IndexValue {
    Invalid,
    NonConst,
    Const(i64),
}

/// Why an implicit conversion of an untyped operand failed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ConvError {
    Truncated,
    Overflow,
    Invalid,
}

pub fn is_comparison(op: BinaryOp) -> bool {
    matches!(
        op,
        BinaryOp::Eq | BinaryOp::Ne | BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge
    )
}

pub fn is_shift(op: BinaryOp) -> bool {
    matches!(op, BinaryOp::Shl | BinaryOp::Shr)
}

pub fn unparen(mut e: &Expr) -> &Expr {
    while let ExprKind::Paren(x) = &e.kind {
        e = x;
    }
    e
}

impl<'a> Checker<'a> {
    // ---------------------------------------------------------------------
    // Entry points

    /// Any expression, including types, builtins and tuples; recorded.
    pub fn raw_expr(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        let mut x = self.expr_internal(e, hint);
        if x.expr.is_none() {
            x.expr = Some(e);
        }
        if let Some(t) = Some(x.ty)
            && x.mode == OpMode::Constant
            && x.val.is_none()
        {
            x.mode = OpMode::Invalid;
            let _ = t;
        }
        self.record(&x);
        x
    }

    /// A single value (go/types `expr`): not a type, builtin, tuple or no value.
    pub fn expr(&mut self, e: &'a Expr) -> Operand<'a> {
        self.expr_with_hint(e, None)
    }

    pub fn expr_with_hint(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        let mut x = self.raw_expr(e, hint);
        self.exclude(&mut x, true);
        self.single_value(&mut x);
        x
    }

    /// A value or a type.
    pub fn expr_or_type(&mut self, e: &'a Expr) -> Operand<'a> {
        let mut x = self.raw_expr(e, None);
        self.exclude(&mut x, false);
        self.single_value(&mut x);
        x
    }

    /// Report operands that are not values: `f() (no value) used as value`,
    /// `len (built-in) must be called`, `int (type) is not an expression`.
    pub fn exclude(&mut self, x: &mut Operand<'a>, types_too: bool) {
        let msg = match x.mode {
            OpMode::NoValue => {
                if types_too {
                    "used as value"
                } else {
                    "used as value or type"
                }
            }
            OpMode::Builtin(_) => "must be called",
            OpMode::TypeExpr if types_too => "is not an expression",
            _ => return,
        };
        let s = self.op_str(x);
        self.error(x.span(), format!("{s} {msg}"));
        x.mode = OpMode::Invalid;
    }

    /// `multiple-value f() (value of type (int, int)) in single-value context`.
    pub fn single_value(&mut self, x: &mut Operand<'a>) {
        if x.mode == OpMode::Value && matches!(self.types.get(x.ty), Type::Tuple(_)) {
            let s = self.op_str(x);
            self.error(
                x.span(),
                format!("multiple-value {s} in single-value context"),
            );
            x.mode = OpMode::Invalid;
        }
    }

    /// The values of an expression that may be a multi-valued call, or a
    /// comma-ok expression when `comma_ok` (then the second value is a bool).
    pub fn multi_expr(&mut self, e: &'a Expr, comma_ok: bool) -> (Vec<Operand<'a>>, bool) {
        let mut x = self.raw_expr(e, None);
        self.exclude(&mut x, true);
        if x.mode == OpMode::Invalid {
            return (vec![x], false);
        }
        if let Type::Tuple(ts) = self.types.get(x.ty).clone() {
            let ops = ts
                .iter()
                .map(|&t| Operand {
                    mode: OpMode::Value,
                    ty: t,
                    val: None,
                    expr: Some(e),
                })
                .collect();
            return (ops, false);
        }
        if comma_ok && matches!(x.mode, OpMode::MapIndex | OpMode::CommaOk) {
            let y = Operand {
                mode: OpMode::Value,
                ty: TypeTable::UNTYPED_BOOL,
                val: None,
                expr: Some(e),
            };
            return (vec![x, y], true);
        }
        (vec![x], false)
    }

    /// Record a comma-ok expression's type as the pair `(T, bool)`.
    pub fn record_comma_ok(&mut self, e: &'a Expr, t: TypeId) {
        let tup = self.types.tuple(vec![t, TypeTable::BOOL]);
        if let Some(tv) = self.info.types.get_mut(&e.id) {
            tv.ty = tup;
        }
        // the parenthesized inner expressions too
        let mut cur = e;
        while let ExprKind::Paren(x) = &cur.kind {
            cur = x;
            if let Some(tv) = self.info.types.get_mut(&cur.id) {
                tv.ty = tup;
            }
        }
    }

    // ---------------------------------------------------------------------
    // Dispatch

    fn expr_internal(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        match &e.kind {
            ExprKind::Ident(_) => self.ident(e),
            ExprKind::BasicLit { bad: true, .. } => Operand::invalid(Some(e)),
            ExprKind::BasicLit { kind, raw, .. } => self.basic_lit(e, *kind, raw),
            ExprKind::CompositeLit { ty, elts, .. } => {
                self.composite_lit(e, ty.as_deref(), elts, hint)
            }
            ExprKind::FuncLit { sig, body } => {
                let t = self.func_type(sig);
                self.func_lit_body(sig, t, body);
                Operand::new(OpMode::Value, t, e)
            }
            ExprKind::Paren(x) => {
                let mut o = self.raw_expr(x, hint);
                o.expr = Some(e);
                o
            }
            ExprKind::Selector(x, sel) => self.selector(e, x, sel),
            ExprKind::Index(x, i) => self.index_expr(e, x, i),
            ExprKind::Slice {
                x,
                lo,
                hi,
                max,
                three,
            } => self.slice_expr(e, x, [lo.as_deref(), hi.as_deref(), max.as_deref()], *three),
            ExprKind::TypeAssert(x, t) => {
                let xo = self.expr(x);
                if xo.mode == OpMode::Invalid {
                    return Operand::invalid(Some(e));
                }
                let Some(t) = t else {
                    self.error(
                        e.span,
                        "invalid syntax tree: use of .(type) outside type switch",
                    );
                    return Operand::invalid(Some(e));
                };
                if !self.is_interface(xo.ty) {
                    let s = self.op_str(&xo);
                    self.error(
                        x.span,
                        format!("invalid operation: {s} is not an interface"),
                    );
                    return Operand::invalid(Some(e));
                }
                let tt = self.typ(t);
                if tt == TypeTable::INVALID {
                    return Operand::invalid(Some(e));
                }
                self.type_assertion(e, &xo, tt, false);
                Operand::new(OpMode::CommaOk, tt, e)
            }
            ExprKind::Call {
                func,
                args,
                ellipsis,
            } => self.call(e, func, args, *ellipsis),
            ExprKind::Star(x) => {
                let xo = self.expr_or_type(x);
                match xo.mode {
                    OpMode::Invalid => Operand::invalid(Some(e)),
                    OpMode::TypeExpr => {
                        let p = self.types.pointer(xo.ty);
                        Operand::new(OpMode::TypeExpr, p, e)
                    }
                    _ => match self.types.under(xo.ty) {
                        Type::Pointer(base) => Operand::new(OpMode::Variable, *base, e),
                        _ => {
                            let s = self.op_str(&xo);
                            self.error(x.span, format!("invalid operation: cannot indirect {s}"));
                            Operand::invalid(Some(e))
                        }
                    },
                }
            }
            ExprKind::Unary(op, x) => self.unary(e, *op, x),
            ExprKind::Binary(op, x, y) => self.binary(e, *op, x, y),
            ExprKind::KeyValue(..) => {
                self.error(e.span, "invalid syntax tree: no key:value expected");
                Operand::invalid(Some(e))
            }
            ExprKind::TypeExpr(te) => {
                let t = self.type_literal(e, te);
                if t == TypeTable::INVALID {
                    return Operand::invalid(Some(e));
                }
                Operand::new(OpMode::TypeExpr, t, e)
            }
        }
    }

    // ---------------------------------------------------------------------
    // Identifiers and literals

    /// An identifier in an expression (go/types `ident`).
    fn ident(&mut self, e: &'a Expr) -> Operand<'a> {
        let ExprKind::Ident(id) = &e.kind else {
            return Operand::invalid(Some(e));
        };
        let Some(obj) = self.lookup(&id.name) else {
            if id.name == "_" {
                self.error(e.span, "cannot use _ as value or type");
            } else {
                match self.similar_name(&id.name) {
                    Some(s) => self.error_help(
                        e.span,
                        format!("undefined: {}", id.name),
                        format!("did you mean {s}?"),
                    ),
                    None => self.error(e.span, format!("undefined: {}", id.name)),
                }
            }
            return Operand::invalid(Some(e));
        };
        self.info.uses.insert(id.id, obj);
        self.obj_decl(obj);
        self.add_dep(obj);
        let o = self.obj(obj).clone();
        match &o.kind {
            ObjKind::PkgName(_) => {
                self.used_pkgs.insert(obj);
                self.error(
                    e.span,
                    format!("use of package {} without selector", o.name),
                );
                Operand::invalid(Some(e))
            }
            ObjKind::Const(v) => {
                if o.ty == TypeTable::INVALID {
                    return Operand::invalid(Some(e));
                }
                if self.is_iota(obj) {
                    match self.iota {
                        Some(i) => {
                            return Operand::constant(
                                TypeTable::UNTYPED_INT,
                                ConstValue::Int(BigInt::from(i)),
                                e,
                            );
                        }
                        None => {
                            self.error(e.span, "cannot use iota outside constant declaration");
                            return Operand::invalid(Some(e));
                        }
                    }
                }
                Operand::constant(o.ty, v.clone(), e)
            }
            ObjKind::TypeName => {
                if o.ty == TypeTable::INVALID {
                    return Operand::invalid(Some(e));
                }
                Operand::new(OpMode::TypeExpr, o.ty, e)
            }
            ObjKind::Var { .. } => {
                self.used.insert(obj);
                if !self.is_valid(o.ty) {
                    return Operand::invalid(Some(e));
                }
                Operand::new(OpMode::Variable, o.ty, e)
            }
            ObjKind::Func { .. } => {
                if !self.is_valid(o.ty) {
                    return Operand::invalid(Some(e));
                }
                Operand::new(OpMode::Value, o.ty, e)
            }
            ObjKind::Builtin(b) => Operand {
                mode: OpMode::Builtin(*b),
                ty: TypeTable::INVALID,
                val: None,
                expr: Some(e),
            },
            ObjKind::Nil => Operand::new(OpMode::Value, TypeTable::UNTYPED_NIL, e),
            ObjKind::Label => Operand::invalid(Some(e)),
        }
    }

    /// Record that the declaration being checked refers to `obj`.
    pub fn add_dep(&mut self, obj: super::ty::ObjId) {
        let Some(cur) = self.cur_decl else { return };
        if !self.decls.contains_key(&obj) {
            return;
        }
        let d = self.deps.entry(cur).or_default();
        if !d.contains(&obj) {
            d.push(obj);
        }
    }

    fn basic_lit(&mut self, e: &'a Expr, kind: LitKind, raw: &str) -> Operand<'a> {
        let ty = match kind {
            LitKind::Int => TypeTable::UNTYPED_INT,
            LitKind::Float => TypeTable::UNTYPED_FLOAT,
            LitKind::Rune => TypeTable::UNTYPED_RUNE,
            LitKind::String => TypeTable::UNTYPED_STRING,
            LitKind::Imag => {
                self.error(e.span, "complex numbers are not supported");
                return Operand::invalid(Some(e));
            }
        };
        match parse_literal(kind, raw) {
            Some(v) => Operand::constant(ty, v, e),
            None => {
                self.error(e.span, format!("malformed constant: {raw}"));
                Operand::invalid(Some(e))
            }
        }
    }

    // ---------------------------------------------------------------------
    // Selectors

    /// `x.sel`: a package member, a field, a method value or a method expression.
    fn selector(
        &mut self,
        e: &'a Expr,
        x: &'a Expr,
        sel: &'a crate::syntax::ast::Ident,
    ) -> Operand<'a> {
        // pkg.Name
        if let ExprKind::Ident(pid) = &x.kind
            && let Some(pobj) = self.lookup(&pid.name)
            && let ObjKind::PkgName(path) = self.obj(pobj).kind.clone()
        {
            self.info.uses.insert(pid.id, pobj);
            self.used_pkgs.insert(pobj);
            let pname = self.obj(pobj).name.clone();
            let Some(p) = self.pkgs.get(&path).cloned() else {
                return Operand::invalid(Some(e));
            };
            let Some(&m) = self.scopes[p.scope.0 as usize].names.get(&sel.name) else {
                let msg = format!("undefined: {}.{}", pid.name, sel.name);
                match self.similar_in_scope(p.scope, &sel.name) {
                    Some(s) => {
                        self.error_help(sel.span, msg, format!("did you mean {}.{s}?", pid.name))
                    }
                    None => self.error(sel.span, msg),
                }
                return Operand::invalid(Some(e));
            };
            if !super::decl::is_exported(&sel.name) {
                self.error(
                    sel.span,
                    format!("name {} not exported by package {pname}", sel.name),
                );
            }
            self.info.uses.insert(sel.id, m);
            let o = self.obj(m).clone();
            return match o.kind {
                ObjKind::Const(v) => Operand::constant(o.ty, v, e),
                ObjKind::TypeName => Operand::new(OpMode::TypeExpr, o.ty, e),
                ObjKind::Var { .. } => Operand::new(OpMode::Variable, o.ty, e),
                ObjKind::Func { .. } => Operand::new(OpMode::Value, o.ty, e),
                _ => Operand::invalid(Some(e)),
            };
        }
        let xo = self.expr_or_type_raw(x);
        match xo.mode {
            OpMode::Invalid => return Operand::invalid(Some(e)),
            OpMode::Builtin(_) => {
                let s = self.op_str(&xo);
                let at = crate::syntax::ast::Span {
                    file: x.span.file,
                    lo: x.span.hi,
                    hi: x.span.hi + 1,
                };
                self.error(at, format!("invalid use of {s} in selector expression"));
                return Operand::invalid(Some(e));
            }
            _ => {}
        }
        if !self.is_valid(xo.ty) {
            return Operand::invalid(Some(e));
        }
        let is_type = xo.mode == OpMode::TypeExpr;
        let res = self.lookup_field_or_method(xo.ty, xo.mode == OpMode::Variable, &sel.name);
        let xs = expr_string(x);
        match res {
            Lookup::NotFound => {
                if is_type {
                    // method expressions only
                }
                let ts = self.type_str(xo.ty);
                let why = if matches!(self.types.under(xo.ty), Type::Pointer(b) if self.is_interface(*b))
                {
                    format!("type {ts} is pointer to interface, not interface")
                } else {
                    match self.lookup_fold_case(xo.ty, &sel.name) {
                        Some((alt, is_method)) => format!(
                            "type {ts} has no field or method {}, but does have {} {alt}",
                            sel.name,
                            if is_method { "method" } else { "field" }
                        ),
                        None => format!("type {ts} has no field or method {}", sel.name),
                    }
                };
                self.error(sel.span, format!("{xs}.{} undefined ({why})", sel.name));
                Operand::invalid(Some(e))
            }
            Lookup::Ambiguous => {
                self.error(sel.span, format!("ambiguous selector {xs}.{}", sel.name));
                Operand::invalid(Some(e))
            }
            Lookup::Unexported { is_field } => {
                let what = if is_field { "field" } else { "method" };
                self.error(
                    sel.span,
                    format!(
                        "{xs}.{} undefined (cannot refer to unexported {what} {})",
                        sel.name, sel.name
                    ),
                );
                Operand::invalid(Some(e))
            }
            Lookup::PtrRecvRequired { .. } => {
                let ts = self.type_str(xo.ty);
                if is_type {
                    self.error(
                        sel.span,
                        format!(
                            "invalid method expression {xs}.{} (needs pointer receiver (*{ts}).{})",
                            sel.name, sel.name
                        ),
                    );
                } else {
                    self.error(
                        sel.span,
                        format!("cannot call pointer method {} on {ts}", sel.name),
                    );
                }
                Operand::invalid(Some(e))
            }
            Lookup::Field {
                obj,
                ty,
                index,
                indirect,
                ..
            } => {
                if is_type {
                    let ts = self.type_str(xo.ty);
                    self.error(
                        sel.span,
                        format!(
                            "{xs}.{} undefined (type {ts} has no method {})",
                            sel.name, sel.name
                        ),
                    );
                    return Operand::invalid(Some(e));
                }
                self.info.uses.insert(sel.id, obj);
                self.info.selections.insert(
                    e.id,
                    super::info::Selection {
                        kind: super::info::SelectionKind::FieldVal,
                        recv: xo.ty,
                        obj,
                        index,
                        indirect,
                    },
                );
                let mode = if xo.mode == OpMode::Variable || indirect {
                    OpMode::Variable
                } else {
                    OpMode::Value
                };
                Operand::new(mode, ty, e)
            }
            Lookup::Method {
                obj,
                sig,
                index,
                indirect,
                ..
            } => {
                self.info.uses.insert(sel.id, obj);
                self.add_dep(obj);
                if is_type {
                    // T.m: a function taking the receiver first
                    let Some(s) = self.signature(sig).cloned() else {
                        return Operand::invalid(Some(e));
                    };
                    let mut params = vec![xo.ty];
                    params.extend(s.params.iter().copied());
                    let ft = self.types.intern(Type::Func(super::ty::Signature {
                        params,
                        results: s.results.clone(),
                        variadic: s.variadic,
                    }));
                    self.info.selections.insert(
                        e.id,
                        super::info::Selection {
                            kind: super::info::SelectionKind::MethodExpr,
                            recv: xo.ty,
                            obj,
                            index,
                            indirect,
                        },
                    );
                    return Operand::new(OpMode::Value, ft, e);
                }
                self.info.selections.insert(
                    e.id,
                    super::info::Selection {
                        kind: super::info::SelectionKind::MethodVal,
                        recv: xo.ty,
                        obj,
                        index,
                        indirect,
                    },
                );
                Operand::new(OpMode::Value, sig, e)
            }
        }
    }

    // ---------------------------------------------------------------------
    // Index, slice, type assertion

    /// `x[i]` on strings, arrays, pointers to arrays, slices and maps.
    fn index_expr(&mut self, e: &'a Expr, x: &'a Expr, index: &'a Expr) -> Operand<'a> {
        let xo = self.expr_or_type_raw(x);
        match xo.mode {
            OpMode::Invalid => {
                self.expr(index);
                return Operand::invalid(Some(e));
            }
            OpMode::Builtin(_) => {
                let s = self.op_str(&xo);
                let at = crate::syntax::ast::Span {
                    file: x.span.file,
                    lo: x.span.hi,
                    hi: x.span.hi + 1,
                };
                self.error(at, format!("cannot index {s}"));
                self.expr(index);
                return Operand::invalid(Some(e));
            }
            OpMode::TypeExpr => {
                self.error(
                    e.span,
                    format!("{} is not a generic type", self.type_str(xo.ty)),
                );
                return Operand::invalid(Some(e));
            }
            _ => {}
        }
        let mut length: i64 = -1;
        let (mode, ty) = match self.types.under(xo.ty).clone() {
            Type::Basic(k) if k == BasicKind::String || k == BasicKind::UntypedString => {
                if let Some(ConstValue::Str(s)) = &xo.val {
                    length = s.len() as i64;
                }
                (OpMode::Value, TypeTable::UINT8)
            }
            Type::Array { elem, len } => {
                length = len;
                (
                    if xo.mode == OpMode::Variable {
                        OpMode::Variable
                    } else {
                        OpMode::Value
                    },
                    elem,
                )
            }
            Type::Pointer(b) => match self.types.under(b).clone() {
                Type::Array { elem, len } => {
                    length = len;
                    (OpMode::Variable, elem)
                }
                _ => (OpMode::Invalid, TypeTable::INVALID),
            },
            Type::Slice(elem) => (OpMode::Variable, elem),
            Type::Map { key, elem } => {
                let mut k = self.expr(index);
                self.assignment(&mut k, Some(key), "map index");
                return Operand::new(OpMode::MapIndex, elem, e);
            }
            _ => (OpMode::Invalid, TypeTable::INVALID),
        };
        if mode == OpMode::Invalid {
            let s = self.op_str(&xo);
            self.error(x.span, format!("invalid operation: cannot index {s}"));
            self.expr(index);
            return Operand::invalid(Some(e));
        }
        self.index(index, length);
        Operand::new(mode, ty, e)
    }

    /// An index value: an integer, non-negative if constant, below `max` if known.
    /// Returns the constant index, if it is a valid constant.
    pub fn index(&mut self, index: &'a Expr, max: i64) -> Option<i64> {
        match self.index_value(index, max) {
            IndexValue::Const(v) => Some(v),
            _ => None,
        }
    }

    pub fn index_value(&mut self, index: &'a Expr, max: i64) -> IndexValue {
        let mut x = self.expr(index);
        if !self.is_valid_index(&mut x, "index", false) {
            return IndexValue::Invalid;
        }
        if x.mode != OpMode::Constant {
            return IndexValue::NonConst;
        }
        let Some(v) = x.val.as_ref().and_then(super::constant::to_i64) else {
            return IndexValue::Invalid;
        };
        if max >= 0 && v >= max {
            let vs = x
                .val
                .as_ref()
                .map(constant::value_string)
                .unwrap_or_default();
            self.error(
                index.span,
                format!("invalid argument: index {vs} out of bounds [0:{max}]"),
            );
            return IndexValue::Invalid;
        }
        IndexValue::Const(v)
    }

    pub fn is_valid_index(
        &mut self,
        x: &mut Operand<'a>,
        what: &str,
        allow_negative: bool,
    ) -> bool {
        if x.mode == OpMode::Invalid {
            return false;
        }
        self.convert_untyped(x, TypeTable::INT);
        if x.mode == OpMode::Invalid {
            return false;
        }
        if !self.is_integer(x.ty) {
            let s = self.op_str(x);
            self.error(
                x.span(),
                format!("invalid argument: {what} {s} must be integer"),
            );
            return false;
        }
        if x.mode == OpMode::Constant
            && let Some(ConstValue::Int(i)) = &x.val
        {
            if !allow_negative && i.is_negative() {
                let s = self.op_str(x);
                self.error(
                    x.span(),
                    format!("invalid argument: {what} {s} must not be negative"),
                );
                return false;
            }
            if i.to_i64().is_none() {
                let s = self.op_str(x);
                self.error(
                    x.span(),
                    format!("invalid argument: {what} {s} overflows int"),
                );
                return false;
            }
        }
        true
    }

    /// `x[lo:hi]` and `x[lo:hi:max]`.
    fn slice_expr(
        &mut self,
        e: &'a Expr,
        x: &'a Expr,
        idx: [Option<&'a Expr>; 3],
        three: bool,
    ) -> Operand<'a> {
        let xo = self.expr(x);
        if xo.mode == OpMode::Invalid {
            for i in idx.into_iter().flatten() {
                self.expr(i);
            }
            return Operand::invalid(Some(e));
        }
        let mut length: i64 = -1;
        let ty = match self.types.under(xo.ty).clone() {
            Type::Basic(k) if k == BasicKind::String || k == BasicKind::UntypedString => {
                if three {
                    self.error(
                        idx[2].map(|i| i.span).unwrap_or(e.span),
                        "invalid operation: 3-index slice of string",
                    );
                    return Operand::invalid(Some(e));
                }
                if let Some(ConstValue::Str(s)) = &xo.val {
                    length = s.len() as i64;
                }
                if k == BasicKind::UntypedString {
                    TypeTable::STRING
                } else {
                    xo.ty
                }
            }
            Type::Array { elem, len } => {
                if xo.mode != OpMode::Variable {
                    let s = self.op_str(&xo);
                    self.error(
                        x.span,
                        format!("invalid operation: {s} (slice of unaddressable value)"),
                    );
                    return Operand::invalid(Some(e));
                }
                length = len;
                self.types.slice(elem)
            }
            Type::Pointer(b) => match self.types.under(b).clone() {
                Type::Array { elem, len } => {
                    length = len;
                    self.types.slice(elem)
                }
                _ => TypeTable::INVALID,
            },
            Type::Slice(_) => xo.ty,
            _ => TypeTable::INVALID,
        };
        if ty == TypeTable::INVALID {
            let s = self.op_str(&xo);
            self.error(x.span, format!("cannot slice {s}"));
            return Operand::invalid(Some(e));
        }
        let mut ind = [-1i64; 3];
        for (i, ix) in idx.iter().enumerate() {
            ind[i] = match ix {
                Some(ix) => {
                    let max = if length >= 0 { length + 1 } else { -1 };
                    self.index(ix, max).unwrap_or(-1)
                }
                None if i == 0 => 0,
                None if length >= 0 => length,
                None => -1,
            };
        }
        'outer: for i in 0..2 {
            let a = ind[i];
            if a > 0 {
                for (j, &b) in ind.iter().enumerate().skip(i + 1) {
                    if b >= 0 && b < a {
                        if let Some(ix) = idx[j] {
                            self.error(ix.span, format!("invalid slice indices: {b} < {a}"));
                        }
                        break 'outer;
                    }
                }
            }
        }
        Operand::new(OpMode::Value, ty, e)
    }

    /// `x.(T)` (or a type switch case): T must be able to implement x's interface.
    pub fn type_assertion(&mut self, e: &'a Expr, x: &Operand<'a>, t: TypeId, type_switch: bool) {
        if self.is_interface(t) {
            return;
        }
        let Some(why) = self.missing_method(t, x.ty) else {
            return;
        };
        let es = expr_string(e);
        if type_switch {
            let xs = self.op_str(x);
            self.error(
                e.span,
                format!(
                    "impossible type switch case: {es}\n\t{xs} cannot have dynamic type {} {why}",
                    self.type_str(t)
                ),
            );
        } else {
            self.error(
                e.span,
                format!(
                    "impossible type assertion: {es}\n\t{} does not implement {} {why}",
                    self.type_str(t),
                    self.type_str(x.ty)
                ),
            );
        }
    }

    // ---------------------------------------------------------------------
    // Operators

    /// `+x`, `-x`, `!x`, `^x`, `&x`, `<-x`.
    fn unary(&mut self, e: &'a Expr, op: UnaryOp, xe: &'a Expr) -> Operand<'a> {
        let mut x = self.expr(xe);
        if x.mode == OpMode::Invalid {
            return Operand::invalid(Some(e));
        }
        match op {
            UnaryOp::Addr => {
                if !matches!(unparen(xe).kind, ExprKind::CompositeLit { .. })
                    && x.mode != OpMode::Variable
                {
                    let s = self.op_str(&x);
                    self.error(
                        e.span,
                        format!("invalid operation: cannot take address of {s}"),
                    );
                    return Operand::invalid(Some(e));
                }
                let p = self.types.pointer(x.ty);
                return Operand::new(OpMode::Value, p, e);
            }
            UnaryOp::Recv => {
                self.has_call_or_recv = true;
                return match self.types.under(x.ty).clone() {
                    Type::Chan { dir, elem } => {
                        if dir == crate::syntax::ast::ChanDir::Send {
                            let s = self.op_str(&x);
                            let ts = self.type_str(x.ty);
                            self.error(
                                xe.span,
                                format!(
                                    "invalid operation: cannot receive from send-only channel {ts} {s}"
                                ),
                            );
                            return Operand::invalid(Some(e));
                        }
                        Operand::new(OpMode::CommaOk, elem, e)
                    }
                    _ => {
                        let s = self.op_str(&x);
                        let ts = self.type_str(x.ty);
                        self.error(
                            xe.span,
                            format!("invalid operation: cannot receive from non-channel {ts} {s}"),
                        );
                        Operand::invalid(Some(e))
                    }
                };
            }
            _ => {}
        }
        let ok = match op {
            UnaryOp::Pos | UnaryOp::Neg => self.is_numeric(x.ty),
            UnaryOp::Not => self.is_boolean(x.ty),
            UnaryOp::Xor => self.is_integer(x.ty),
            _ => true,
        };
        if !ok {
            let s = self.op_str(&x);
            self.error(
                xe.span,
                format!(
                    "invalid operation: operator {} not defined on {s}",
                    op.as_str()
                ),
            );
            return Operand::invalid(Some(e));
        }
        if x.mode == OpMode::Constant {
            let bits = if self.is_unsigned(x.ty) {
                self.basic_kind(x.ty).map(|k| k.bits())
            } else {
                None
            };
            let v = x.val.as_ref().and_then(|v| constant::unary_op(op, v, bits));
            match v {
                Some(v) => {
                    x.val = Some(v);
                    x.expr = Some(e);
                    self.overflow(&mut x);
                    return x;
                }
                None => return Operand::invalid(Some(e)),
            }
        }
        Operand::new(OpMode::Value, x.ty, e)
    }

    /// `x op y` (go/types `binary`).
    fn binary(&mut self, e: &'a Expr, op: BinaryOp, le: &'a Expr, re: &'a Expr) -> Operand<'a> {
        let x = self.expr(le);
        let y = self.expr(re);
        self.binary_operands(Some(e), op, x, y, le, re)
    }

    /// The binary operation on already evaluated operands; `e` is None for
    /// an assignment operation `x op= y`.
    pub fn binary_operands(
        &mut self,
        e: Option<&'a Expr>,
        op: BinaryOp,
        mut x: Operand<'a>,
        mut y: Operand<'a>,
        le: &'a Expr,
        re: &'a Expr,
    ) -> Operand<'a> {
        if x.mode == OpMode::Invalid || y.mode == OpMode::Invalid {
            return Operand::invalid(e);
        }
        if is_shift(op) {
            return self.shift(e, op, x, y);
        }
        self.match_types(&mut x, &mut y);
        if x.mode == OpMode::Invalid {
            return Operand::invalid(e);
        }
        if is_comparison(op) {
            return self.comparison(e, op, x, y, le, re);
        }
        if x.ty != y.ty {
            if self.is_valid(x.ty) && self.is_valid(y.ty) {
                let (xt, yt) = (self.type_str(x.ty), self.type_str(y.ty));
                let what = match e {
                    Some(e) => expr_string(e),
                    None => format!("{} {}= {}", expr_string(le), op.as_str(), expr_string(re)),
                };
                self.error(
                    x.span(),
                    format!("invalid operation: {what} (mismatched types {xt} and {yt})"),
                );
            }
            return Operand::invalid(e);
        }
        let ok = match op {
            BinaryOp::Add => self.is_numeric(x.ty) || self.is_string(x.ty),
            BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div => self.is_numeric(x.ty),
            BinaryOp::Rem | BinaryOp::And | BinaryOp::Or | BinaryOp::Xor | BinaryOp::AndNot => {
                self.is_integer(x.ty)
            }
            BinaryOp::LAnd | BinaryOp::LOr => self.is_boolean(x.ty),
            _ => false,
        };
        if !ok {
            let s = self.op_str(&x);
            self.error(
                x.span(),
                format!(
                    "invalid operation: operator {} not defined on {s}",
                    op.as_str()
                ),
            );
            return Operand::invalid(e);
        }
        if matches!(op, BinaryOp::Div | BinaryOp::Rem)
            && (x.mode == OpMode::Constant || self.is_integer(x.ty))
            && y.mode == OpMode::Constant
            && y.val
                .as_ref()
                .and_then(super::constant::to_rat)
                .is_some_and(|r| r.is_zero())
        {
            self.error(y.span(), "invalid operation: division by zero");
            return Operand::invalid(e);
        }
        if x.mode == OpMode::Constant && y.mode == OpMode::Constant {
            let (Some(a), Some(b)) = (&x.val, &y.val) else {
                return Operand::invalid(e);
            };
            let int_div = self.is_integer(x.ty);
            match constant::binary_op(op, a, b, int_div) {
                Ok(v) => {
                    let mut r = Operand {
                        mode: OpMode::Constant,
                        ty: x.ty,
                        val: Some(v),
                        expr: e,
                    };
                    self.overflow(&mut r);
                    return r;
                }
                Err(OpError::DivByZero) => {
                    self.error(y.span(), "invalid operation: division by zero");
                    return Operand::invalid(e);
                }
                Err(OpError::Undefined) => return Operand::invalid(e),
            }
        }
        Operand {
            mode: OpMode::Value,
            ty: x.ty,
            val: None,
            expr: e,
        }
    }

    /// Convert untyped operands of a binary operation towards each other.
    pub fn match_types(&mut self, x: &mut Operand<'a>, y: &mut Operand<'a>) {
        let may_convert = |c: &Checker, x: &Operand, y: &Operand| -> bool {
            if c.is_typed(x.ty) && c.is_typed(y.ty) {
                return false;
            }
            if c.is_numeric(x.ty) != c.is_numeric(y.ty) {
                return false;
            }
            if c.is_boolean(x.ty) != c.is_boolean(y.ty) {
                return false;
            }
            if c.is_string(x.ty) != c.is_string(y.ty) {
                return false;
            }
            if x.is_nil() {
                return c.has_nil(y.ty);
            }
            if y.is_nil() {
                return c.has_nil(x.ty);
            }
            if c.is_pointer(x.ty) || c.is_pointer(y.ty) {
                return false;
            }
            true
        };
        if may_convert(self, x, y) {
            self.convert_untyped(x, y.ty);
            if x.mode == OpMode::Invalid {
                return;
            }
            self.convert_untyped(y, x.ty);
            if y.mode == OpMode::Invalid {
                x.mode = OpMode::Invalid;
            }
        }
    }

    /// `x == y`, `x < y`, ... (go/types `comparison`).
    fn comparison(
        &mut self,
        e: Option<&'a Expr>,
        op: BinaryOp,
        x: Operand<'a>,
        y: Operand<'a>,
        le: &'a Expr,
        re: &'a Expr,
    ) -> Operand<'a> {
        if !self.is_valid(x.ty) || !self.is_valid(y.ty) {
            return Operand::invalid(e);
        }
        if let Some((err_y, cause)) = self.comparison_error(op, &x, &y) {
            let errop = if err_y { &y } else { &x };
            let what = match e {
                Some(e) => expr_string(e),
                None => format!("{} {} {}", expr_string(le), op.as_str(), expr_string(re)),
            };
            let span = errop.span();
            self.error(span, format!("invalid operation: {what} ({cause})"));
            return Operand::invalid(e);
        }
        if x.mode == OpMode::Constant && y.mode == OpMode::Constant {
            if let (Some(a), Some(b)) = (&x.val, &y.val)
                && let Some(r) = constant::compare(op, a, b)
            {
                return Operand {
                    mode: OpMode::Constant,
                    ty: TypeTable::UNTYPED_BOOL,
                    val: Some(ConstValue::Bool(r)),
                    expr: e,
                };
            }
            return Operand::invalid(e);
        }
        if let Some(xe) = x.expr {
            let d = self.default_type(x.ty);
            self.update_expr_type(xe, d, true);
        }
        if let Some(ye) = y.expr {
            let d = self.default_type(y.ty);
            self.update_expr_type(ye, d, true);
        }
        Operand {
            mode: OpMode::Value,
            ty: TypeTable::UNTYPED_BOOL,
            val: None,
            expr: e,
        }
    }

    /// Why `x op y` is not a valid comparison: (error is on y, cause).
    pub fn comparison_error(
        &mut self,
        op: BinaryOp,
        x: &Operand<'a>,
        y: &Operand<'a>,
    ) -> Option<(bool, String)> {
        let ok = self.assignable_to(x, y.ty, &mut String::new())
            || self.assignable_to(y, x.ty, &mut String::new());
        let mut err_y = false;
        let mut cause = String::new();
        if !ok {
            cause = format!(
                "mismatched types {} and {}",
                self.type_str(x.ty),
                self.type_str(y.ty)
            );
            return Some((true, cause));
        }
        let failed = match op {
            BinaryOp::Eq | BinaryOp::Ne => {
                if x.is_nil() || y.is_nil() {
                    let t = if x.is_nil() { y.ty } else { x.ty };
                    if !self.has_nil(t) || (x.is_nil() && y.is_nil()) {
                        err_y = true;
                        true
                    } else {
                        false
                    }
                } else if !self.comparable(x.ty) {
                    cause = self.incomparable_cause(x.ty);
                    true
                } else if !self.comparable(y.ty) {
                    err_y = true;
                    cause = self.incomparable_cause(y.ty);
                    true
                } else {
                    false
                }
            }
            _ => {
                if !self.is_ordered(x.ty) {
                    true
                } else if !self.is_ordered(y.ty) {
                    err_y = true;
                    true
                } else {
                    false
                }
            }
        };
        if !failed {
            return None;
        }
        if cause.is_empty() {
            let errop = if err_y { y } else { x };
            let k = if errop.is_nil() {
                "nil".to_string()
            } else {
                self.kind_string(errop.ty)
            };
            cause = format!("operator {} not defined on {k}", op.as_str());
        }
        Some((err_y, cause))
    }

    /// `x << y`, `x >> y` (go/types `shift`).
    fn shift(
        &mut self,
        e: Option<&'a Expr>,
        op: BinaryOp,
        mut x: Operand<'a>,
        mut y: Operand<'a>,
    ) -> Operand<'a> {
        let xval = if x.mode == OpMode::Constant {
            x.val.as_ref().and_then(to_int)
        } else {
            None
        };
        if !(self.is_integer(x.ty) || (self.is_untyped(x.ty) && xval.is_some())) {
            let s = self.op_str(&x);
            self.error(
                x.span(),
                format!("invalid operation: shifted operand {s} must be integer"),
            );
            return Operand::invalid(e);
        }
        let mut yval: Option<BigInt> = None;
        if y.mode == OpMode::Constant {
            yval = y.val.as_ref().and_then(to_int);
            if yval.as_ref().is_some_and(|v| v.is_negative()) {
                let s = self.op_str(&y);
                self.error(
                    y.span(),
                    format!("invalid operation: negative shift count {s}"),
                );
                return Operand::invalid(e);
            }
            if self.is_untyped(y.ty) {
                self.representable_op(&mut y, TypeTable::UINT);
                if y.mode == OpMode::Invalid {
                    return Operand::invalid(e);
                }
            }
        } else if self.is_integer(y.ty) {
        } else if self.is_untyped(y.ty) {
            self.convert_untyped(&mut y, TypeTable::UINT);
            if y.mode == OpMode::Invalid {
                return Operand::invalid(e);
            }
        } else {
            let s = self.op_str(&y);
            self.error(
                y.span(),
                format!("invalid operation: shift count {s} must be integer"),
            );
            return Operand::invalid(e);
        }
        if x.mode == OpMode::Constant {
            if y.mode == OpMode::Constant {
                let s = yval.as_ref().and_then(|v| v.to_u64());
                let Some(s) = s.filter(|&s| s <= 1023 - 1 + 52) else {
                    let ys = self.op_str(&y);
                    self.error(
                        y.span(),
                        format!("invalid operation: invalid shift count {ys}"),
                    );
                    return Operand::invalid(e);
                };
                if !self.is_integer(x.ty) {
                    x.ty = TypeTable::UNTYPED_INT;
                }
                let Some(xv) = xval else {
                    return Operand::invalid(e);
                };
                let Some(v) = constant::shift(op, &xv, s) else {
                    return Operand::invalid(e);
                };
                let mut r = Operand {
                    mode: OpMode::Constant,
                    ty: x.ty,
                    val: Some(ConstValue::Int(v)),
                    expr: e,
                };
                self.overflow(&mut r);
                return r;
            }
            if self.is_untyped(x.ty) {
                // the lhs gets its type from the context (delayed)
                if let Some(xe) = x.expr
                    && let Some(ent) = self.untyped.get_mut(&xe.id)
                {
                    ent.is_lhs = true;
                }
                return Operand {
                    mode: OpMode::Value,
                    ty: x.ty,
                    val: None,
                    expr: e,
                };
            }
        }
        if !self.is_integer(x.ty) {
            let s = self.op_str(&x);
            self.error(
                x.span(),
                format!("invalid operation: shifted operand {s} must be integer"),
            );
            return Operand::invalid(e);
        }
        Operand {
            mode: OpMode::Value,
            ty: x.ty,
            val: None,
            expr: e,
        }
    }

    /// A typed constant must stay representable after each operation.
    fn overflow(&mut self, x: &mut Operand<'a>) {
        if self.is_typed(x.ty) {
            let t = self.types.underlying(x.ty);
            self.representable_op(x, t);
            return;
        }
        if let Some(ConstValue::Int(i)) = &x.val
            && i.bits() > 512
        {
            self.error(x.span(), "constant overflow");
            x.mode = OpMode::Invalid;
        }
    }

    // ---------------------------------------------------------------------
    // Untyped operands

    /// go/types `representable`: the constant x must fit basic type `t`.
    pub fn representable_op(&mut self, x: &mut Operand<'a>, t: TypeId) {
        match self.representation(x, t) {
            Ok(v) => x.val = Some(v),
            Err(code) => {
                self.invalid_conversion(code, x, t);
                x.mode = OpMode::Invalid;
            }
        }
    }

    fn representation(&self, x: &Operand<'a>, t: TypeId) -> Result<ConstValue, ConvError> {
        let Some(v) = &x.val else {
            return Err(ConvError::Invalid);
        };
        let Some(k) = self.basic_kind(t) else {
            return Err(ConvError::Invalid);
        };
        match representable(v, k) {
            Ok(v) => Ok(v),
            Err(Unrepresentable::Mismatch) => Err(ConvError::Invalid),
            Err(_) => {
                if self.is_numeric(x.ty) && self.is_numeric(t) {
                    if !self.is_integer(x.ty) && self.is_integer(t) {
                        Err(ConvError::Truncated)
                    } else {
                        Err(ConvError::Overflow)
                    }
                } else {
                    Err(ConvError::Invalid)
                }
            }
        }
    }

    pub fn invalid_conversion(&mut self, code: ConvError, x: &Operand<'a>, t: TypeId) {
        let xs = self.op_str(x);
        let ts = self.type_str(t);
        let msg = match code {
            ConvError::Truncated => format!("{xs} truncated to {ts}"),
            ConvError::Overflow => format!("{xs} overflows {ts}"),
            ConvError::Invalid => format!("cannot convert {xs} to type {ts}"),
        };
        self.error(x.span(), msg);
    }

    /// The type (and constant value) an untyped operand gets in a context
    /// of type `target` (go/types `implicitTypeAndValue`).
    pub fn implicit_type_and_value(
        &self,
        x: &Operand<'a>,
        target: TypeId,
    ) -> Result<(TypeId, Option<ConstValue>), ConvError> {
        if x.mode == OpMode::Invalid || self.is_typed(x.ty) || !self.is_valid(target) {
            return Ok((x.ty, None));
        }
        if self.is_untyped(target) {
            // both untyped: the "larger" kind wins
            if x.is_nil() || target == TypeTable::UNTYPED_NIL {
                return if x.ty == target {
                    Ok((target, None))
                } else {
                    Err(ConvError::Invalid)
                };
            }
            let rank = |t: TypeId| match self.basic_kind(t) {
                Some(BasicKind::UntypedInt) => 1,
                Some(BasicKind::UntypedRune) => 2,
                Some(BasicKind::UntypedFloat) => 3,
                _ => 0,
            };
            let (rx, rt) = (rank(x.ty), rank(target));
            if rx > 0 && rt > 0 {
                return Ok((if rx >= rt { x.ty } else { target }, None));
            }
            if x.ty == target {
                return Ok((target, None));
            }
            return Err(ConvError::Invalid);
        }
        if x.is_nil() {
            return if self.has_nil(target) {
                Ok((target, None))
            } else {
                Err(ConvError::Invalid)
            };
        }
        match self.types.under(target) {
            Type::Basic(_) => {
                if x.mode == OpMode::Constant {
                    let v = self.representation(x, self.types.underlying(target))?;
                    return Ok((target, Some(v)));
                }
                let ok = match self.basic_kind(x.ty) {
                    Some(BasicKind::UntypedBool) => self.is_boolean(target),
                    Some(
                        BasicKind::UntypedInt | BasicKind::UntypedRune | BasicKind::UntypedFloat,
                    ) => self.is_numeric(target),
                    Some(BasicKind::UntypedString) => self.is_string(target),
                    _ => false,
                };
                if ok {
                    Ok((target, None))
                } else {
                    Err(ConvError::Invalid)
                }
            }
            Type::Interface(ms) => {
                if !ms.is_empty() {
                    return Err(ConvError::Invalid);
                }
                Ok((self.default_type(x.ty), None))
            }
            _ => Err(ConvError::Invalid),
        }
    }

    /// Give an untyped operand the type `target` (go/types `convertUntyped`).
    pub fn convert_untyped(&mut self, x: &mut Operand<'a>, target: TypeId) {
        match self.implicit_type_and_value(x, target) {
            Err(code) => {
                let t = self.types.underlying(target);
                self.invalid_conversion(code, x, t);
                x.mode = OpMode::Invalid;
            }
            Ok((nt, val)) => {
                if let Some(v) = val {
                    if let Some(e) = x.expr
                        && let Some(tv) = self.info.types.get_mut(&e.id)
                    {
                        tv.value = Some(v.clone());
                    }
                    x.val = Some(v);
                }
                if nt != x.ty {
                    x.ty = nt;
                    if let Some(e) = x.expr {
                        self.update_expr_type(e, nt, false);
                    }
                }
            }
        }
    }

    /// Propagate the final type of an untyped expression down its operands
    /// (go/types `updateExprType`).
    pub fn update_expr_type(&mut self, e: &'a Expr, target: TypeId, _final: bool) {
        let Some(entry) = self.untyped.get(&e.id).copied() else {
            return;
        };
        let Some(old) = self.info.types.get(&e.id).cloned() else {
            return;
        };
        match &e.kind {
            ExprKind::Paren(x) => self.update_expr_type(x, target, _final),
            ExprKind::Unary(_, x) if old.value.is_none() => {
                self.update_expr_type(x, target, _final);
            }
            ExprKind::Binary(op, x, y) if old.value.is_none() => {
                if is_comparison(*op) {
                } else if is_shift(*op) {
                    self.update_expr_type(x, target, _final);
                } else {
                    self.update_expr_type(x, target, _final);
                    self.update_expr_type(y, target, _final);
                }
            }
            _ => {}
        }
        if self.is_untyped(target) {
            // still untyped: the default type is given at the end
            let t = self.types.underlying(target);
            if let Some(tv) = self.info.types.get_mut(&e.id) {
                tv.ty = t;
            }
            return;
        }
        self.untyped.remove(&e.id);
        if entry.is_lhs && !self.is_integer(target) {
            let ts = self.type_str(target);
            self.error(
                e.span,
                format!(
                    "invalid operation: shifted operand {} (type {ts}) must be integer",
                    expr_string(e)
                ),
            );
            return;
        }
        let mut value = old.value.clone();
        if old.value.is_some() {
            let mut c = Operand {
                mode: OpMode::Constant,
                ty: old.ty,
                val: old.value.clone(),
                expr: Some(e),
            };
            self.convert_untyped(&mut c, target);
            if c.mode == OpMode::Invalid {
                return;
            }
            value = c.val;
        }
        self.info.types.insert(
            e.id,
            TypeAndValue {
                mode: old.mode,
                ty: target,
                value,
            },
        );
    }

    /// At the end of a package: untyped expressions left get their default type.
    pub fn finish_untyped(&mut self) {
        let ids: Vec<_> = self.untyped.keys().copied().collect();
        for id in ids {
            if let Some(tv) = self.info.types.get_mut(&id) {
                let d = match self.types.get(tv.ty) {
                    Type::Basic(k) => match k {
                        BasicKind::UntypedBool => TypeTable::BOOL,
                        BasicKind::UntypedInt => TypeTable::INT,
                        BasicKind::UntypedRune => TypeTable::INT32,
                        BasicKind::UntypedFloat => TypeTable::FLOAT64,
                        BasicKind::UntypedString => TypeTable::STRING,
                        _ => tv.ty,
                    },
                    _ => tv.ty,
                };
                if (d == TypeTable::INT || d == TypeTable::INT32)
                    && let Some(v) = &tv.value
                    && let Some(i) = to_int(v)
                {
                    tv.value = Some(ConstValue::Int(i));
                }
                tv.ty = d;
            }
        }
        self.untyped.clear();
        let _ = UntypedEntry { is_lhs: false };
    }
}
