//! Assignability and assignments: `x = y`, `a, b = f()`, `x := y`, variable
//! initialisation, comma-ok forms, and Go's errors for them (`cannot use x
//! (variable of type int) as string value in assignment`, `assignment
//! mismatch: 2 variables but f returns 1 value`, `no new variables on left
//! side of :=`, `declared and not used`).

use super::check::Checker;
use super::expr::{ConvError, unparen};
use super::exprstring::expr_string;
use super::info::ObjKind;
use super::operand::{OpMode, Operand};
use super::ty::{ObjId, Type, TypeId, TypeTable};
use crate::syntax::ast::{ChanDir, Expr, ExprKind, Span};

impl<'a> Checker<'a> {
    /// Whether `x` may be assigned to a variable of type `t` (go/types
    /// `assignableTo`); `cause` may get an explanation.
    pub fn assignable_to(&mut self, x: &Operand<'a>, t: TypeId, cause: &mut String) -> bool {
        if x.mode == OpMode::Invalid || !self.is_valid(t) {
            return true;
        }
        let v = x.ty;
        if v == t {
            return true;
        }
        if !self.is_valid(v) {
            return true;
        }
        let vu = self.types.underlying(v);
        let tu = self.types.underlying(t);
        if self.is_untyped(vu) {
            return self.implicit_type_and_value(x, t).is_ok();
        }
        if vu == tu && (!self.is_named(v) || !self.is_named(t)) {
            return true;
        }
        if self.is_interface(t)
            || matches!(self.types.get(tu), Type::Pointer(p) if self.is_interface(*p))
        {
            return self.implements(v, t, cause);
        }
        if self.is_interface(v) && !self.is_interface(t) {
            let mut c = String::new();
            if self.implements(t, v, &mut c) {
                *cause = "need type assertion".into();
            }
            return false;
        }
        if let (
            Type::Chan {
                dir: ChanDir::Both,
                elem: ve,
            },
            Type::Chan { elem: te, .. },
        ) = (self.types.get(vu).clone(), self.types.get(tu).clone())
            && ve == te
        {
            return !self.is_named(v) || !self.is_named(t);
        }
        false
    }

    /// Assign operand `x` to a variable of type `t` (None: to `_` or to an
    /// untyped context); converts untyped operands (go/types `assignment`).
    pub fn assignment(&mut self, x: &mut Operand<'a>, t: Option<TypeId>, context: &str) {
        self.single_value(x);
        if x.mode == OpMode::Invalid {
            return;
        }
        match x.mode {
            OpMode::Constant
            | OpMode::Variable
            | OpMode::MapIndex
            | OpMode::Value
            | OpMode::CommaOk => {}
            _ => {
                let s = self.op_str(x);
                self.error(
                    x.span(),
                    format!("cannot assign {s} to variable in {context}"),
                );
                x.mode = OpMode::Invalid;
                return;
            }
        }
        if self.is_untyped(x.ty) {
            let mut target = t;
            if x.is_nil() {
                if t.is_none() {
                    self.error(x.span(), format!("use of untyped nil in {context}"));
                    x.mode = OpMode::Invalid;
                    return;
                }
            } else if t.is_none_or(|t| self.is_interface(t)) {
                target = Some(self.default_type(x.ty));
            }
            let target = target.unwrap_or(TypeTable::INVALID);
            match self.implicit_type_and_value(x, target) {
                Err(code) => {
                    let xs = self.op_str(x);
                    let ts = self.target_str(target);
                    let mut msg = format!("cannot use {xs} as {ts} value in {context}");
                    match code {
                        ConvError::Truncated => msg.push_str(" (truncated)"),
                        ConvError::Overflow => msg.push_str(" (overflows)"),
                        ConvError::Invalid => {}
                    }
                    self.error(x.span(), msg);
                    x.mode = OpMode::Invalid;
                    return;
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
        let Some(t) = t else { return };
        let mut cause = String::new();
        if !self.assignable_to(x, t, &mut cause) {
            let xs = self.op_str(x);
            let ts = self.target_str(t);
            if cause.is_empty() {
                self.error(
                    x.span(),
                    format!("cannot use {xs} as {ts} value in {context}"),
                );
            } else {
                self.error(
                    x.span(),
                    format!("cannot use {xs} as {ts} value in {context}: {cause}"),
                );
            }
            x.mode = OpMode::Invalid;
        }
    }

    /// Initialise variable `v` with `x`; an untyped `v` takes x's (default) type.
    pub fn init_var(&mut self, v: ObjId, x: &mut Operand<'a>, typed: bool, context: &str) {
        if x.mode == OpMode::Invalid || !self.is_valid(x.ty) {
            if !typed {
                self.obj_mut(v).ty = TypeTable::INVALID;
            }
            return;
        }
        if !typed {
            self.spell_inferred(v, x);
            let mut t = x.ty;
            if self.is_untyped(t) {
                if t == TypeTable::UNTYPED_NIL {
                    self.error(x.span(), format!("use of untyped nil in {context}"));
                    self.obj_mut(v).ty = TypeTable::INVALID;
                    x.mode = OpMode::Invalid;
                    return;
                }
                t = self.default_type(t);
            }
            if matches!(self.types.get(t), Type::Tuple(_)) {
                t = TypeTable::INVALID;
            }
            self.obj_mut(v).ty = t;
        }
        let t = self.obj(v).ty;
        if !self.is_valid(t) {
            return;
        }
        self.spelled_target = self.spelled_objs.get(&v).copied();
        self.assignment(x, Some(t), context);
        self.spelled_target = None;
    }

    /// `var a, b = x, y` / `a, b := f()` / `return x, y` for variables
    /// (go/types `initVars`). `ret` is the return statement's span.
    pub fn init_vars(&mut self, lhs: &[ObjId], rhs: &'a [Expr], typed: bool, ret: Option<Span>) {
        let context = if ret.is_some() {
            "return statement"
        } else if lhs.len() > 1 {
            "multiple assignment"
        } else {
            "assignment"
        };
        let (l, r) = (lhs.len(), rhs.len());
        let is_call = r == 1 && matches!(unparen(&rhs[0]).kind, ExprKind::Call { .. });
        if l == r && !is_call {
            for (i, &v) in lhs.iter().enumerate() {
                let hint = if typed { Some(self.obj(v).ty) } else { None };
                let mut x = self.expr_with_hint(&rhs[i], hint);
                self.init_var(v, &mut x, typed, context);
            }
            return;
        }
        if r != 1 {
            let ops: Vec<Operand<'a>> = rhs.iter().map(|e| self.raw_expr(e, None)).collect();
            if ops.iter().all(|o| o.mode != OpMode::Invalid) {
                match ret {
                    Some(span) => self.return_error(span, lhs, &ops),
                    None => self.assign_error(rhs, l, r),
                }
            }
            if !typed {
                for &v in lhs {
                    self.obj_mut(v).ty = TypeTable::INVALID;
                }
            }
            return;
        }
        let (mut ops, comma_ok) = self.multi_expr(&rhs[0], l == 2 && ret.is_none());
        if ops.len() == l {
            for (i, &v) in lhs.iter().enumerate() {
                self.init_var(v, &mut ops[i], typed, context);
            }
            if comma_ok && ops[0].mode != OpMode::Invalid && ops[1].mode != OpMode::Invalid {
                let t = ops[0].ty;
                self.record_comma_ok(&rhs[0], t);
            }
            return;
        }
        if ops[0].mode != OpMode::Invalid {
            match ret {
                Some(span) => self.return_error(span, lhs, &ops),
                None => self.assign_error(rhs, l, ops.len()),
            }
        }
        if !typed {
            for &v in lhs {
                self.obj_mut(v).ty = TypeTable::INVALID;
            }
        }
    }

    /// `assignment mismatch: 2 variables but f returns 1 value`.
    pub fn assign_error(&mut self, rhs: &'a [Expr], l: usize, r: usize) {
        let vars = measure(l, "variable");
        let vals = measure(r, "value");
        let rhs0 = &rhs[0];
        if rhs.len() == 1
            && let ExprKind::Call { func, .. } = &unparen(rhs0).kind
        {
            let fs = expr_string(func);
            self.error(
                rhs0.span,
                format!("assignment mismatch: {vars} but {fs} returns {vals}"),
            );
            return;
        }
        self.error(rhs0.span, format!("assignment mismatch: {vars} but {vals}"));
    }

    /// `not enough return values` / `too many return values` with have/want.
    fn return_error(&mut self, ret: Span, lhs: &[ObjId], rhs: &[Operand<'a>]) {
        let (l, r) = (lhs.len(), rhs.len());
        let (span, q) = if r > l {
            (rhs[l].span(), "too many")
        } else if r > 0 {
            (rhs[r - 1].span(), "not enough")
        } else {
            (ret, "not enough")
        };
        let have: Vec<TypeId> = rhs.iter().map(|o| o.ty).collect();
        let want: Vec<TypeId> = lhs.iter().map(|&v| self.obj(v).ty).collect();
        let msg = format!(
            "{q} return values\n\thave {}\n\twant {}",
            self.types_summary(&have, false, false),
            self.types_summary(&want, false, false)
        );
        self.error(span, msg);
    }

    /// The type of an assignment's left-hand side (None for `_`); an
    /// identifier on the left is not a use of the variable.
    pub fn lhs_var(&mut self, lhs: &'a Expr) -> Option<TypeId> {
        let inner = unparen(lhs);
        if let ExprKind::Ident(id) = &inner.kind
            && id.name == "_"
        {
            self.info.types.insert(
                lhs.id,
                super::info::TypeAndValue {
                    mode: super::info::Mode::Variable,
                    ty: TypeTable::INVALID,
                    value: None,
                },
            );
            return None;
        }
        let mut restore: Option<(ObjId, bool)> = None;
        if let ExprKind::Ident(id) = &inner.kind
            && let Some(o) = self.lookup(&id.name)
            && matches!(self.obj(o).kind, ObjKind::Var { .. })
        {
            restore = Some((o, self.used.contains(&o)));
        }
        let x = self.expr(lhs);
        if let Some((o, was)) = restore
            && !was
        {
            self.used.remove(&o);
        }
        match x.mode {
            OpMode::Invalid => Some(TypeTable::INVALID),
            OpMode::Variable | OpMode::MapIndex => Some(x.ty),
            _ => {
                if let ExprKind::Selector(base, _) = &inner.kind
                    && self
                        .info
                        .types
                        .get(&base.id)
                        .is_some_and(|tv| tv.mode == super::info::Mode::MapIndex)
                {
                    self.error(
                        lhs.span,
                        format!("cannot assign to struct field {} in map", expr_string(lhs)),
                    );
                    return Some(TypeTable::INVALID);
                }
                let es = expr_string(lhs);
                self.error(
                    lhs.span,
                    format!(
                        "cannot assign to {es} (neither addressable nor a map index expression)"
                    ),
                );
                Some(TypeTable::INVALID)
            }
        }
    }

    /// `lhs = rhs` for one pair, or `lhs = x` with x already evaluated.
    pub fn assign_var(
        &mut self,
        lhs: &'a Expr,
        rhs: Option<&'a Expr>,
        x: Option<Operand<'a>>,
        context: &str,
    ) {
        let t = self.lhs_var(lhs);
        if t == Some(TypeTable::INVALID) {
            if let Some(r) = rhs {
                self.raw_expr(r, None);
            }
            return;
        }
        let mut x = match x {
            Some(x) => x,
            None => match rhs {
                Some(r) => self.expr_with_hint(r, t),
                None => return,
            },
        };
        let ctx = if t.is_none() && context == "assignment" {
            "assignment to _ identifier"
        } else {
            context
        };
        self.spelled_target = self.spelled_var(lhs);
        self.assignment(&mut x, t, ctx);
        self.spelled_target = None;
    }

    /// `a, b = x, y` (go/types `assignVars`).
    pub fn assign_vars(&mut self, lhs: &'a [Expr], rhs: &'a [Expr]) {
        let (l, r) = (lhs.len(), rhs.len());
        let is_call = r == 1 && matches!(unparen(&rhs[0]).kind, ExprKind::Call { .. });
        if l == r && !is_call {
            for i in 0..l {
                self.assign_var(
                    &lhs[i],
                    Some(&rhs[i]),
                    None,
                    if lhs.len() > 1 {
                        "multiple assignment"
                    } else {
                        "assignment"
                    },
                );
            }
            return;
        }
        if r != 1 {
            let lt: Vec<Option<TypeId>> = lhs.iter().map(|e| self.lhs_var(e)).collect();
            let ops: Vec<Operand<'a>> = rhs.iter().map(|e| self.raw_expr(e, None)).collect();
            if lt.iter().all(|t| *t != Some(TypeTable::INVALID))
                && ops.iter().all(|o| o.mode != OpMode::Invalid)
            {
                self.assign_error(rhs, l, r);
            }
            return;
        }
        let (ops, comma_ok) = self.multi_expr(&rhs[0], l == 2);
        if ops.len() == l {
            let mut ok = true;
            for (i, x) in ops.into_iter().enumerate() {
                let t0 = x.ty;
                let before = self.diags.len();
                self.assign_var(
                    &lhs[i],
                    None,
                    Some(x),
                    if lhs.len() > 1 {
                        "multiple assignment"
                    } else {
                        "assignment"
                    },
                );
                if self.diags.len() != before {
                    ok = false;
                }
                if i == 0 && comma_ok && ok {
                    self.record_comma_ok(&rhs[0], t0);
                }
            }
            return;
        }
        if ops[0].mode != OpMode::Invalid {
            self.assign_error(rhs, l, ops.len());
        }
        for e in lhs {
            self.lhs_var(e);
        }
    }

    /// `a, b := x, y` (go/types `shortVarDecl`); `span` is the statement's.
    pub fn short_var_decl(&mut self, span: Span, lhs: &'a [Expr], rhs: &'a [Expr]) {
        let mut seen: Vec<&str> = Vec::new();
        let mut lhs_vars: Vec<ObjId> = Vec::new();
        let mut new_vars: Vec<(ObjId, &'a crate::syntax::ast::Ident)> = Vec::new();
        let mut has_err = false;
        let mut typed: Vec<bool> = Vec::new();
        for l in lhs {
            typed.push(false);
            let ExprKind::Ident(id) = &l.kind else {
                self.expr(l);
                self.error(
                    l.span,
                    format!("non-name {} on left side of :=", expr_string(l)),
                );
                has_err = true;
                lhs_vars.push(self.new_obj(
                    ObjKind::Var {
                        global: false,
                        field: false,
                    },
                    "_",
                    TypeTable::INVALID,
                    l.span,
                ));
                continue;
            };
            if id.name != "_" {
                if seen.contains(&id.name.as_str()) {
                    self.error(l.span, format!("{} repeated on left side of :=", id.name));
                    has_err = true;
                    lhs_vars.push(self.new_obj(
                        ObjKind::Var {
                            global: false,
                            field: false,
                        },
                        "_",
                        TypeTable::INVALID,
                        l.span,
                    ));
                    continue;
                }
                seen.push(&id.name);
            }
            if let Some(&alt) = self.scopes[self.scope.0 as usize].names.get(&id.name) {
                self.info.uses.insert(id.id, alt);
                if matches!(self.obj(alt).kind, ObjKind::Var { .. }) {
                    lhs_vars.push(alt);
                    if let Some(t) = typed.last_mut() {
                        *t = true;
                    }
                } else {
                    self.error(l.span, format!("cannot assign to {}", id.name));
                    has_err = true;
                    lhs_vars.push(self.new_obj(
                        ObjKind::Var {
                            global: false,
                            field: false,
                        },
                        "_",
                        TypeTable::INVALID,
                        l.span,
                    ));
                }
                continue;
            }
            let o = self.new_obj(
                ObjKind::Var {
                    global: false,
                    field: false,
                },
                &id.name,
                TypeTable::INVALID,
                id.span,
            );
            lhs_vars.push(o);
            self.info.defs.insert(id.id, o);
            if id.name != "_" {
                new_vars.push((o, id));
            }
        }
        // variables being redeclared keep their types; new ones infer them
        self.init_vars_mixed(&lhs_vars, &typed, rhs);
        if new_vars.is_empty() && !has_err {
            let at = self.define_op_pos(span, lhs);
            self.error(at, "no new variables on left side of :=");
            return;
        }
        for (o, id) in new_vars {
            if self.declare(&id.name, o, id.span) {
                self.local_vars.push((o, self.scope));
            }
        }
    }

    /// `init_vars` where some variables already have a type (redeclared
    /// ones in `:=`) and others take it from the values.
    fn init_vars_mixed(&mut self, lhs: &[ObjId], typed: &[bool], rhs: &'a [Expr]) {
        let (l, r) = (lhs.len(), rhs.len());
        let is_call = r == 1 && matches!(unparen(&rhs[0]).kind, ExprKind::Call { .. });
        if l == r && !is_call {
            for (i, &v) in lhs.iter().enumerate() {
                let hint = if typed[i] { Some(self.obj(v).ty) } else { None };
                let mut x = self.expr_with_hint(&rhs[i], hint);
                self.init_var(
                    v,
                    &mut x,
                    typed[i],
                    if lhs.len() > 1 {
                        "multiple assignment"
                    } else {
                        "assignment"
                    },
                );
            }
            return;
        }
        if r != 1 {
            let ops: Vec<Operand<'a>> = rhs.iter().map(|e| self.raw_expr(e, None)).collect();
            if ops.iter().all(|o| o.mode != OpMode::Invalid) {
                self.assign_error(rhs, l, r);
            }
            return;
        }
        let (mut ops, comma_ok) = self.multi_expr(&rhs[0], l == 2);
        if ops.len() == l {
            for (i, &v) in lhs.iter().enumerate() {
                self.init_var(
                    v,
                    &mut ops[i],
                    typed[i],
                    if lhs.len() > 1 {
                        "multiple assignment"
                    } else {
                        "assignment"
                    },
                );
            }
            if comma_ok && ops[0].mode != OpMode::Invalid && ops[1].mode != OpMode::Invalid {
                let t = ops[0].ty;
                self.record_comma_ok(&rhs[0], t);
            }
            return;
        }
        if ops[0].mode != OpMode::Invalid {
            self.assign_error(rhs, l, ops.len());
        }
    }

    /// The span of the `:=` of a short variable declaration.
    pub fn define_op_pos(&self, stmt: Span, lhs: &[Expr]) -> Span {
        let from = lhs.last().map(|e| e.span.hi).unwrap_or(stmt.lo) as usize;
        if let Some(f) = self.src.files.get(stmt.file as usize)
            && let Some(i) = f.text.get(from..).and_then(|t| t.find(":="))
        {
            let lo = from + i;
            return Span::new(stmt.file, lo, lo + 2);
        }
        stmt
    }
}

fn measure(n: usize, unit: &str) -> String {
    if n == 1 {
        format!("{n} {unit}")
    } else {
        format!("{n} {unit}s")
    }
}
