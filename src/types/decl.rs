//! Declarations: collecting package-level objects, resolving them lazily
//! (any order, cycles found by colouring), type declarations and the
//! `invalid recursive type` check, methods attached to receiver types,
//! constant declarations with `iota` and implicit repetition, variable
//! declarations, and the local `const`/`var`/`type` declarations of
//! function bodies.

use super::check::{Checker, Color, DeclInfo};
use super::info::{ConstValue, ObjKind};
use super::operand::OpMode;
use super::ty::{Method, ObjId, Type, TypeId, TypeTable};
use crate::syntax::ast::{self, Decl, Expr, ExprKind, Span, ValueSpec};

impl<'a> Checker<'a> {
    // ---------------------------------------------------------------------
    // Phase 1: collect package-level objects

    pub(super) fn collect_objects(&mut self) {
        let files = self.files;
        for (fi, file) in files.iter().enumerate() {
            let fs = self.new_scope(Some(self.pkg_scope));
            self.file_scopes.push(fs);
            for imp in &file.imports {
                let Some(p) = self.pkgs.get(&imp.path).cloned() else {
                    continue;
                };
                let name = imp
                    .name
                    .as_ref()
                    .map(|n| n.name.clone())
                    .unwrap_or(p.name.clone());
                if name == "_" {
                    continue;
                }
                if name == "." {
                    let names: Vec<(String, ObjId)> = self.scopes[p.scope.0 as usize]
                        .names
                        .iter()
                        .filter(|(n, _)| is_exported(n))
                        .map(|(n, o)| (n.clone(), *o))
                        .collect();
                    for (n, o) in names {
                        self.declare_in(fs, &n, o);
                    }
                    continue;
                }
                let span = imp.name.as_ref().map(|n| n.span).unwrap_or(imp.span);
                let o = self.new_obj(
                    ObjKind::PkgName(imp.path.clone()),
                    &name,
                    TypeTable::INVALID,
                    span,
                );
                if let Some(n) = &imp.name {
                    self.info.defs.insert(n.id, o);
                }
                if let Some(old) = self.declare_in(fs, &name, o) {
                    self.redeclared(&name, span, old);
                }
                self.imports.push(o);
            }
            for (di, decl) in file.decls.iter().enumerate() {
                self.collect_decl(fi, di, decl);
            }
        }
        // A package-level name may not also be an import name of a file.
        for fi in 0..self.file_scopes.len() {
            let fs = self.file_scopes[fi];
            let names: Vec<(String, ObjId)> = self.scopes[fs.0 as usize]
                .names
                .iter()
                .map(|(n, o)| (n.clone(), *o))
                .collect();
            for (n, o) in names {
                if let Some(&pobj) = self.scopes[self.pkg_scope.0 as usize].names.get(&n)
                    && matches!(self.obj(o).kind, ObjKind::PkgName(_))
                {
                    let span = self.obj(pobj).span;
                    let ps = self.pos_string(self.obj(o).span);
                    self.error(span, format!("{n} already declared through import of package {n}\n\t{ps}: other declaration of {n}"));
                }
            }
        }
    }

    fn declare_pkg(&mut self, name: &str, o: ObjId, span: Span) {
        if let Some(old) = self.declare_in(self.pkg_scope, name, o) {
            self.redeclared(name, span, old);
        }
    }

    fn collect_decl(&mut self, fi: usize, di: usize, decl: &'a Decl) {
        match decl {
            Decl::Const(specs, _) => {
                let mut last: Option<&'a ValueSpec> = None;
                for spec in specs {
                    if spec.ty.is_some() || !spec.values.is_empty() {
                        last = Some(spec);
                    }
                    let src = last.unwrap_or(spec);
                    for (i, n) in spec.names.iter().enumerate() {
                        let o = self.new_obj(
                            ObjKind::Const(ConstValue::Bool(false)),
                            &n.name,
                            TypeTable::INVALID,
                            n.span,
                        );
                        self.info.defs.insert(n.id, o);
                        self.decls.insert(
                            o,
                            DeclInfo::Const {
                                file: fi,
                                ty: src.ty.as_ref(),
                                init: src.values.get(i),
                                iota: spec.iota,
                                spec: src,
                                index: i,
                            },
                        );
                        self.declare_pkg(&n.name, o, n.span);
                        self.pkg_objs.push(o);
                    }
                }
            }
            Decl::Var(specs, _) => {
                for (si, spec) in specs.iter().enumerate() {
                    for n in &spec.names {
                        let o = self.new_obj(
                            ObjKind::Var {
                                global: true,
                                field: false,
                            },
                            &n.name,
                            TypeTable::INVALID,
                            n.span,
                        );
                        self.info.defs.insert(n.id, o);
                        self.decls.insert(
                            o,
                            DeclInfo::Var {
                                file: fi,
                                spec,
                                decl: di,
                                spec_index: si,
                            },
                        );
                        self.declare_pkg(&n.name, o, n.span);
                        self.pkg_objs.push(o);
                    }
                }
            }
            Decl::Type(specs, _) => {
                for spec in specs {
                    let n = &spec.name;
                    let o = self.new_obj(ObjKind::TypeName, &n.name, TypeTable::INVALID, n.span);
                    if !spec.alias {
                        let t = self.types.new_named(&n.name, &self.pkg_path.clone());
                        self.obj_mut(o).ty = t;
                        self.named_objs.insert(t, o);
                    }
                    self.info.defs.insert(n.id, o);
                    self.decls.insert(o, DeclInfo::Type { file: fi, spec });
                    self.declare_pkg(&n.name, o, n.span);
                    self.pkg_objs.push(o);
                }
            }
            Decl::Func(fd) => {
                let native = fd.body.is_none();
                let o = self.new_obj(
                    ObjKind::Func {
                        native,
                        has_recv: fd.recv.is_some(),
                    },
                    &fd.name.name,
                    TypeTable::INVALID,
                    fd.name.span,
                );
                self.info.defs.insert(fd.name.id, o);
                self.decls.insert(o, DeclInfo::Func { file: fi, decl: fd });
                if native && !self.is_lib {
                    self.error(fd.name.span, "missing function body");
                }
                if fd.recv.is_some() {
                    self.methods.push((o, fi, fd));
                    return;
                }
                let name = fd.name.name.as_str();
                let special = name == "init" || (name == "main" && self.pkg_name == "main");
                if special && (!fd.sig.params.is_empty() || !fd.sig.results.is_empty()) {
                    self.error(
                        fd.name.span,
                        format!("func {name} must have no arguments and no return values"),
                    );
                }
                if name != "init" && name != "_" {
                    self.declare_pkg(name, o, fd.name.span);
                }
                self.pkg_objs.push(o);
                self.funcs.push((o, fi, fd));
            }
        }
    }

    // ---------------------------------------------------------------------
    // Phases 2-4

    pub(super) fn resolve_types(&mut self) {
        let objs = self.pkg_objs.clone();
        for &o in &objs {
            if matches!(self.obj(o).kind, ObjKind::TypeName) {
                self.obj_decl(o);
            }
        }
        self.check_valid_types(&objs);
    }

    pub(super) fn resolve_objects(&mut self) {
        let objs = self.pkg_objs.clone();
        for o in objs {
            self.obj_decl(o);
        }
    }

    /// Check a package-level object's declaration, once (go/types `objDecl`).
    pub fn obj_decl(&mut self, obj: ObjId) {
        match self.color.get(&obj) {
            Some(Color::Black) => return,
            Some(Color::Grey) => {
                // Types may refer to themselves (through pointers and the
                // like); cycles through constants and variables are
                // reported by the initialisation order.
                if let ObjKind::TypeName = self.obj(obj).kind
                    && self.types.named(self.obj(obj).ty).is_none()
                {
                    self.cycle_error(obj);
                }
                return;
            }
            None => {}
        }
        let Some(d) = self.decls.get(&obj).copied() else {
            return;
        };
        self.color.insert(obj, Color::Grey);
        self.obj_path.push(obj);
        let file = match d {
            DeclInfo::Const { file, .. }
            | DeclInfo::Var { file, .. }
            | DeclInfo::Type { file, .. }
            | DeclInfo::Func { file, .. } => file,
        };
        let saved_scope = self.scope;
        let saved_func = self.func.take();
        let saved_iota = self.iota.take();
        let saved_decl = self.cur_decl;
        let saved_cr = self.has_call_or_recv;
        self.scope = self.file_scopes[file];
        match d {
            DeclInfo::Const {
                ty,
                init,
                iota,
                spec,
                index,
                ..
            } => {
                self.cur_decl = Some(obj);
                self.iota = Some(iota);
                let own = self.obj(obj).span;
                let inherited =
                    own.file != spec.span.file || own.lo < spec.span.lo || own.hi > spec.span.hi;
                let saved_pos = self.errpos;
                if inherited {
                    self.errpos = Some(own);
                }
                self.const_decl(obj, ty, init, spec, index);
                self.errpos = saved_pos;
            }
            DeclInfo::Var { spec, .. } => {
                self.cur_decl = Some(obj);
                self.pkg_var_decl(spec);
            }
            DeclInfo::Type { spec, .. } => self.type_decl(obj, spec),
            DeclInfo::Func { decl, .. } => {
                if decl.recv.is_none() {
                    let t = self.func_type(&decl.sig);
                    self.obj_mut(obj).ty = t;
                    self.spell_params(obj, &decl.sig);
                }
            }
        }
        self.scope = saved_scope;
        self.func = saved_func;
        self.iota = saved_iota;
        self.cur_decl = saved_decl;
        self.has_call_or_recv = saved_cr;
        self.obj_path.pop();
        self.color.insert(obj, Color::Black);
    }

    /// Report the declaration cycle that leads from `obj` back to itself
    /// along the objects being resolved.
    pub fn cycle_error(&mut self, obj: ObjId) {
        let Some(start) = self.obj_path.iter().position(|&o| o == obj) else {
            return;
        };
        let cycle: Vec<ObjId> = self.obj_path[start..].to_vec();
        if cycle.iter().any(|o| self.cycle_reported.contains(o)) {
            return;
        }
        self.cycle_reported.extend(cycle.iter().copied());
        self.report_type_cycle(&cycle);
    }

    fn report_type_cycle(&mut self, cycle: &[ObjId]) {
        // start at the object declared first in the source
        let start = (0..cycle.len()).min_by_key(|&i| {
            let s = self.obj(cycle[i]).span;
            (s.file, s.lo)
        });
        let start = start.unwrap_or(0);
        let first = cycle[start];
        let is_type = matches!(self.obj(first).kind, ObjKind::TypeName);
        let name = self.obj(first).name.clone();
        let span = self.obj(first).span;
        if cycle.len() == 1 {
            let msg = if is_type {
                format!("invalid recursive type: {name} refers to itself")
            } else {
                format!("invalid cycle in declaration: {name} refers to itself")
            };
            self.error(span, msg);
            return;
        }
        let mut msg = if is_type {
            format!("invalid recursive type {name}")
        } else {
            format!("invalid cycle in declaration of {name}")
        };
        for i in 0..cycle.len() {
            let a = cycle[(start + i) % cycle.len()];
            let b = cycle[(start + i + 1) % cycle.len()];
            let pos = self.pos_string(self.obj(a).span);
            msg.push_str(&format!(
                "\n\t{pos}: {} refers to {}",
                self.obj(a).name,
                self.obj(b).name
            ));
        }
        self.error(span, msg);
    }

    // ---------------------------------------------------------------------
    // Type declarations

    /// `type T U` or `type T = U`.
    fn type_decl(&mut self, obj: ObjId, spec: &'a ast::TypeSpec) {
        if spec.alias {
            let t = self.typ(&spec.ty);
            self.obj_mut(obj).ty = t;
            return;
        }
        let named = self.obj(obj).ty;
        let rhs = self.typ(&spec.ty);
        if rhs == TypeTable::INVALID {
            return;
        }
        if self.types.underlying(rhs) == TypeTable::INVALID {
            // `type A B` where B is still being declared: a cycle
            if let Some(&o) = self.named_objs.get(&rhs) {
                self.cycle_error(o);
            }
            return;
        }
        self.types.set_underlying(named, rhs);
        self.copy_struct_fields(rhs);
    }

    /// Named struct types share the field objects of their underlying struct.
    fn copy_struct_fields(&mut self, _t: TypeId) {}

    /// After all types of the package are declared: a struct or array may
    /// not contain itself (`type T struct{ x T }`).
    fn check_valid_types(&mut self, objs: &[ObjId]) {
        for &o in objs {
            if !matches!(self.obj(o).kind, ObjKind::TypeName) || self.cycle_reported.contains(&o) {
                continue;
            }
            let t = self.obj(o).ty;
            if self.types.named(t).is_none() {
                continue;
            }
            let mut path = vec![t];
            if let Some(cycle) = self.find_containment(t, &mut path, 0) {
                let objs: Vec<ObjId> = cycle
                    .iter()
                    .filter_map(|t| self.named_objs.get(t).copied())
                    .collect();
                if objs.iter().any(|o| self.cycle_reported.contains(o)) {
                    continue;
                }
                self.cycle_reported.extend(objs.iter().copied());
                self.report_type_cycle(&objs);
                // the types of the cycle are invalid from now on
                for t in cycle {
                    self.types.set_underlying(t, TypeTable::INVALID);
                }
            }
        }
    }

    /// A cycle of named types, each containing the next by value.
    fn find_containment(
        &self,
        t: TypeId,
        path: &mut Vec<TypeId>,
        depth: u32,
    ) -> Option<Vec<TypeId>> {
        if depth > 100 {
            return None;
        }
        let mut parts = Vec::new();
        match self.types.under(t) {
            Type::Struct(fields) => parts.extend(fields.iter().map(|f| f.ty)),
            Type::Array { elem, .. } => parts.push(*elem),
            _ => {}
        }
        for p in parts {
            let mut inner = p;
            // look through unnamed arrays and structs
            if self.types.named(inner).is_none() {
                if let Some(c) = self.find_containment(inner, path, depth + 1) {
                    return Some(c);
                }
                continue;
            }
            if let Some(i) = path.iter().position(|&x| x == inner) {
                return Some(path[i..].to_vec());
            }
            if self
                .types
                .named(inner)
                .is_some_and(|n| n.pkg == self.pkg_path)
            {
                path.push(inner);
                if let Some(c) = self.find_containment(inner, path, depth + 1) {
                    return Some(c);
                }
                path.pop();
            }
            inner = TypeTable::INVALID;
            let _ = inner;
        }
        None
    }

    // ---------------------------------------------------------------------
    // Phase 3: methods

    pub(super) fn collect_methods(&mut self) {
        let methods = self.methods.clone();
        for (o, fi, fd) in methods {
            let saved = self.scope;
            self.scope = self.file_scopes[fi];
            self.method_decl(o, fd);
            self.scope = saved;
            self.color.insert(o, Color::Black);
            self.funcs.push((o, fi, fd));
        }
        // keep source order for bodies
        self.funcs.sort_by_key(|(o, _, _)| {
            let s = self.info.objects[o.0 as usize].span;
            (s.file, s.lo)
        });
    }

    /// `func (r T) M(...)` / `func (r *T) M(...)`: attach M to T.
    fn method_decl(&mut self, o: ObjId, fd: &'a ast::FuncDecl) {
        let Some(recv) = &fd.recv else { return };
        let sig = self.func_type(&fd.sig);
        self.obj_mut(o).ty = sig;
        self.spell_params(o, &fd.sig);
        // the receiver's base type name
        let mut base = &recv.ty;
        let mut ptr = false;
        loop {
            match &base.kind {
                ExprKind::Paren(x) => base = x,
                ExprKind::Star(x) if !ptr => {
                    ptr = true;
                    base = x;
                }
                _ => break,
            }
        }
        let ExprKind::Ident(id) = &base.kind else {
            let s = super::exprstring::expr_string(&recv.ty);
            self.error(recv.ty.span, format!("invalid receiver type {s}"));
            return;
        };
        let Some(tobj) = self.lookup(&id.name) else {
            self.error(id.span, format!("undefined: {}", id.name));
            return;
        };
        self.info.uses.insert(id.id, tobj);
        if !matches!(self.obj(tobj).kind, ObjKind::TypeName) {
            self.error(id.span, format!("{} is not a type", id.name));
            return;
        }
        self.obj_decl(tobj);
        let named = self.obj(tobj).ty;
        if named == TypeTable::INVALID {
            return;
        }
        let rt = if ptr {
            self.types.pointer(named)
        } else {
            named
        };
        self.info.types.insert(
            base.id,
            super::info::TypeAndValue {
                mode: super::info::Mode::TypeExpr,
                ty: named,
                value: None,
            },
        );
        self.info.types.insert(
            recv.ty.id,
            super::info::TypeAndValue {
                mode: super::info::Mode::TypeExpr,
                ty: rt,
                value: None,
            },
        );
        let local = self
            .types
            .named(named)
            .is_some_and(|n| n.pkg == self.pkg_path);
        if !local {
            let s = self.type_str(named);
            self.error(
                id.span,
                format!("cannot define new methods on non-local type {s}"),
            );
            return;
        }
        if matches!(
            self.types.under(named),
            Type::Pointer(_) | Type::Interface(_)
        ) {
            let s = self.type_str(named);
            self.error(
                id.span,
                format!("invalid receiver type {s} (pointer or interface type)"),
            );
            return;
        }
        self.obj_mut(o).recv_named = Some(named);
        let name = fd.name.name.clone();
        if name == "_" {
            return;
        }
        let tname = self.obj(tobj).name.clone();
        if let Some(prev) = self
            .types
            .named(named)
            .and_then(|n| n.methods.iter().find(|m| m.name == name))
            .map(|m| m.obj)
        {
            let p = self.pos_string(self.obj(prev).span);
            self.error(
                fd.name.span,
                format!("method {tname}.{name} already declared at {p}"),
            );
            return;
        }
        if let Type::Struct(fields) = self.types.under(named)
            && let Some(i) = fields.iter().position(|f| f.name == name)
        {
            let st = self.types.underlying(named);
            let fspan = self
                .struct_fields
                .get(&st)
                .and_then(|v| v.get(i))
                .map(|&f| self.obj(f).span);
            let mut msg = format!("field and method with the same name {name}");
            if let Some(fs) = fspan {
                msg.push_str(&format!(
                    "\n\t{}: other declaration of {name}",
                    self.pos_string(fs)
                ));
            }
            self.error(fd.name.span, msg);
            return;
        }
        self.types.add_method(
            named,
            Method {
                name,
                obj: o,
                ptr_recv: ptr,
                sig,
            },
        );
    }

    // ---------------------------------------------------------------------
    // Constants

    /// One constant of `const x T = v`, with `iota` set.
    pub fn const_decl(
        &mut self,
        obj: ObjId,
        ty: Option<&'a Expr>,
        init: Option<&'a Expr>,
        spec: &'a ValueSpec,
        index: usize,
    ) {
        let t = ty.map(|t| self.typ(t));
        if let Some(t) = t
            && t != TypeTable::INVALID
            && !self.is_const_type(t)
        {
            let s = self.type_str(t);
            self.error(
                ty.map(|e| e.span).unwrap_or_default(),
                format!("invalid constant type {s}"),
            );
            self.obj_mut(obj).ty = TypeTable::INVALID;
            return;
        }
        let Some(init) = init else {
            let span = self.obj(obj).span;
            if (spec.values.is_empty() || index >= spec.values.len())
                && (index == spec.values.len() || spec.values.is_empty())
            {
                self.error(span, "missing init expr for const declaration");
            }
            self.obj_mut(obj).ty = TypeTable::INVALID;
            return;
        };
        if index == spec.names.len().saturating_sub(1) && spec.values.len() > spec.names.len() {
            let extra = &spec.values[spec.names.len()];
            self.error(extra.span, "extra init expr");
        }
        let mut x = self.expr(init);
        if x.mode == OpMode::Invalid {
            self.obj_mut(obj).ty = TypeTable::INVALID;
            return;
        }
        if x.mode != OpMode::Constant {
            let s = self.op_str(&x);
            self.error(init.span, format!("{s} is not constant"));
            self.obj_mut(obj).ty = TypeTable::INVALID;
            return;
        }
        if let Some(t) = t {
            self.assignment(&mut x, Some(t), "constant declaration");
            if x.mode == OpMode::Invalid {
                self.obj_mut(obj).ty = TypeTable::INVALID;
                return;
            }
        }
        let o = self.obj_mut(obj);
        o.ty = x.ty;
        if let Some(v) = x.val {
            o.kind = ObjKind::Const(v);
        }
    }

    // ---------------------------------------------------------------------
    // Variables

    /// A package-level `var` spec: all its names at once.
    fn pkg_var_decl(&mut self, spec: &'a ValueSpec) {
        let key = spec as *const ValueSpec;
        if !self.var_specs_done.insert(key) {
            return;
        }
        let objs: Vec<ObjId> = spec
            .names
            .iter()
            .filter_map(|n| self.info.defs.get(&n.id).copied())
            .collect();
        for &o in &objs {
            self.color.insert(o, Color::Grey);
        }
        self.var_spec(&objs, spec);
        // all names of the spec depend on what the spec refers to
        if let Some(cur) = self.cur_decl {
            let d = self.deps.get(&cur).cloned().unwrap_or_default();
            for &o in &objs {
                if o != cur {
                    self.deps.insert(o, d.clone());
                }
            }
        }
        for &o in &objs {
            self.color.insert(o, Color::Black);
        }
    }

    /// `var a, b T = x, y` for already created objects (types are set here).
    pub fn var_spec(&mut self, objs: &[ObjId], spec: &'a ValueSpec) {
        let t = spec.ty.as_ref().map(|t| self.typ(t));
        if let (Some(t), Some(te)) = (t, &spec.ty) {
            for &o in objs {
                self.obj_mut(o).ty = t;
                self.spell_declared(o, te);
            }
        }
        if spec.values.is_empty() {
            if t.is_none() {
                for &o in objs {
                    self.obj_mut(o).ty = TypeTable::INVALID;
                }
            }
            return;
        }
        let typed = t.is_some();
        if objs.len() == spec.values.len() {
            for (i, &o) in objs.iter().enumerate() {
                let mut x = self.expr_with_hint(&spec.values[i], t);
                self.init_var(o, &mut x, typed, "variable declaration");
            }
            return;
        }
        self.init_vars(objs, &spec.values, typed, None);
    }

    // ---------------------------------------------------------------------
    // Local declarations

    /// `const`, `var` or `type` inside a function body.
    pub fn local_decl(&mut self, decl: &'a Decl) {
        match decl {
            Decl::Const(specs, _) => {
                let mut last: Option<&'a ValueSpec> = None;
                for spec in specs {
                    if spec.ty.is_some() || !spec.values.is_empty() {
                        last = Some(spec);
                    }
                    let src = last.unwrap_or(spec);
                    let mut objs = Vec::new();
                    for (i, n) in spec.names.iter().enumerate() {
                        let o = self.new_obj(
                            ObjKind::Const(ConstValue::Bool(false)),
                            &n.name,
                            TypeTable::INVALID,
                            n.span,
                        );
                        self.info.defs.insert(n.id, o);
                        let saved = self.iota.replace(spec.iota);
                        let saved_pos = self.errpos;
                        if !std::ptr::eq(src, spec) {
                            self.errpos = Some(n.span);
                        }
                        self.const_decl(o, src.ty.as_ref(), src.values.get(i), src, i);
                        self.errpos = saved_pos;
                        self.iota = saved;
                        objs.push((o, n));
                    }
                    for (o, n) in objs {
                        self.declare(&n.name, o, n.span);
                    }
                }
            }
            Decl::Var(specs, _) => {
                for spec in specs {
                    let mut objs = Vec::new();
                    for n in &spec.names {
                        let o = self.new_obj(
                            ObjKind::Var {
                                global: false,
                                field: false,
                            },
                            &n.name,
                            TypeTable::INVALID,
                            n.span,
                        );
                        self.info.defs.insert(n.id, o);
                        objs.push(o);
                    }
                    self.var_spec(&objs, spec);
                    for (o, n) in objs.iter().zip(&spec.names) {
                        if self.declare(&n.name, *o, n.span) && n.name != "_" {
                            self.local_vars.push((*o, self.scope));
                        }
                    }
                }
            }
            Decl::Type(specs, _) => {
                for spec in specs {
                    let n = &spec.name;
                    let o = self.new_obj(ObjKind::TypeName, &n.name, TypeTable::INVALID, n.span);
                    self.info.defs.insert(n.id, o);
                    if spec.alias {
                        let t = self.typ(&spec.ty);
                        self.obj_mut(o).ty = t;
                        self.declare(&n.name, o, n.span);
                        continue;
                    }
                    let t = self.types.new_named(&n.name, &self.pkg_path.clone());
                    self.obj_mut(o).ty = t;
                    self.named_objs.insert(t, o);
                    self.declare(&n.name, o, n.span);
                    self.color.insert(o, Color::Grey);
                    self.obj_path.push(o);
                    let rhs = self.typ(&spec.ty);
                    self.obj_path.pop();
                    self.color.insert(o, Color::Black);
                    if rhs != TypeTable::INVALID {
                        if self.types.underlying(rhs) == TypeTable::INVALID {
                            self.error(
                                n.span,
                                format!("invalid recursive type: {} refers to itself", n.name),
                            );
                        } else {
                            self.types.set_underlying(t, rhs);
                            let mut path = vec![t];
                            if self.find_containment(t, &mut path, 0).is_some() {
                                self.error(
                                    n.span,
                                    format!("invalid recursive type: {} refers to itself", n.name),
                                );
                                self.types.set_underlying(t, TypeTable::INVALID);
                            }
                        }
                    }
                }
            }
            Decl::Func(fd) => {
                self.error(
                    fd.span,
                    "function declaration not allowed inside a function",
                );
            }
        }
    }
}

pub fn is_exported(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_uppercase())
}
