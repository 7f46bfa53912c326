//! Calls: ordinary function and method calls (argument count and
//! assignability, variadic parameters, `f(g())` with a multi-valued `g`),
//! and conversions `T(x)` (constant conversions with their own rules,
//! `string(rune)`, `[]byte(s)`, numeric conversions).

use super::check::Checker;
use super::constant::representable;
use super::exprstring::expr_string;
use super::info::{ConstValue, Mode};
use super::operand::{OpMode, Operand};
use super::ty::{Type, TypeId, TypeTable};
use crate::syntax::ast::{Expr, ExprKind};

/// What a call expression is, for statement contexts (go/types `exprKind`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CallKind {
    Conversion,
    /// A call whose value must be used (`len(x)`, `append(...)`).
    Expression,
    /// A call that may stand alone as a statement.
    Statement,
}

impl<'a> Checker<'a> {
    /// `f(args)`, `T(x)` or `builtin(args)`.
    pub fn call(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        ellipsis: bool,
    ) -> Operand<'a> {
        let x = self.expr_or_type_raw(func);
        match x.mode {
            OpMode::Invalid => {
                for a in args {
                    self.raw_expr(a, None);
                }
                Operand::invalid(Some(e))
            }
            OpMode::TypeExpr => {
                let t = x.ty;
                match args.len() {
                    0 => {
                        let ts = self.type_str(t);
                        self.error(e.span, format!("missing argument in conversion to {ts}"));
                        Operand::invalid(Some(e))
                    }
                    1 => {
                        let mut a = self.expr(&args[0]);
                        if a.mode == OpMode::Invalid {
                            return Operand::invalid(Some(e));
                        }
                        if ellipsis {
                            let ts = self.type_str(t);
                            self.error(
                                args[0].span,
                                format!("invalid use of ... in conversion to {ts}"),
                            );
                            return Operand::invalid(Some(e));
                        }
                        let spelled = self.spelled_type_expr(func);
                        self.spelled_target = spelled;
                        self.conversion(&mut a, t);
                        self.spelled_target = None;
                        if a.mode == OpMode::Invalid {
                            return Operand::invalid(Some(e));
                        }
                        if let Some(s) = spelled {
                            self.spelled_exprs.insert(e.id, s);
                        }
                        a.expr = Some(e);
                        a
                    }
                    n => {
                        for a in args {
                            self.raw_expr(a, None);
                        }
                        let ts = self.type_str(t);
                        self.error(
                            args[n - 1].span,
                            format!("too many arguments in conversion to {ts}"),
                        );
                        Operand::invalid(Some(e))
                    }
                }
            }
            OpMode::Builtin(b) => {
                let r = self.builtin(e, func, b, args, ellipsis);
                if r.mode != OpMode::Invalid && r.mode != OpMode::Constant {
                    self.has_call_or_recv = true;
                }
                r
            }
            _ => {
                let Some(sig) = self.signature(x.ty).cloned() else {
                    let xs = self.op_str(&x);
                    let ts = self.type_str(x.ty);
                    self.error(
                        func.span,
                        format!("invalid operation: cannot call {xs}: {ts} is not a function"),
                    );
                    return Operand::invalid(Some(e));
                };
                let ops = self.expr_list(args);
                self.arguments(e, func, &sig, ops, args, ellipsis);
                self.has_call_or_recv = true;
                match sig.results.len() {
                    0 => Operand {
                        mode: OpMode::NoValue,
                        ty: TypeTable::INVALID,
                        val: None,
                        expr: Some(e),
                    },
                    1 => Operand::new(OpMode::Value, sig.results[0], e),
                    _ => {
                        let t = self.types.tuple(sig.results.clone());
                        Operand::new(OpMode::Value, t, e)
                    }
                }
            }
        }
    }

    /// Like `expr_or_type` but builtins are allowed (callee position).
    pub fn expr_or_type_raw(&mut self, e: &'a Expr) -> Operand<'a> {
        let mut x = self.raw_expr(e, None);
        if x.mode == OpMode::NoValue {
            self.exclude(&mut x, false);
        }
        self.single_value(&mut x);
        x
    }

    /// The operands of an argument list; one multi-valued call expands.
    pub fn expr_list(&mut self, args: &'a [Expr]) -> Vec<Operand<'a>> {
        if args.len() == 1 {
            let (ops, _) = self.multi_expr(&args[0], false);
            return ops;
        }
        args.iter().map(|a| self.expr(a)).collect()
    }

    /// `(number, string)`: argument or result types for have/want lines.
    pub fn types_summary(&self, list: &[TypeId], variadic: bool, has_dots: bool) -> String {
        let mut parts = Vec::new();
        for (i, &t) in list.iter().enumerate() {
            let mut s = if !self.is_valid(t) && t == TypeTable::INVALID {
                "unknown type".to_string()
            } else if self.is_untyped(t) {
                if self.is_numeric(t) {
                    "number".to_string()
                } else {
                    self.type_str(t).replace("untyped ", "")
                }
            } else {
                self.type_str(t)
            };
            if variadic
                && i + 1 == list.len()
                && let Type::Slice(e) = self.types.get(t)
            {
                s = format!("...{}", self.type_str(*e));
            }
            if has_dots && i + 1 == list.len() {
                s.push_str("...");
            }
            parts.push(s);
        }
        format!("({})", parts.join(", "))
    }

    /// Check call arguments against a signature (go/types `arguments`).
    fn arguments(
        &mut self,
        call: &'a Expr,
        func: &'a Expr,
        sig: &super::ty::Signature,
        mut args: Vec<Operand<'a>>,
        arg_exprs: &'a [Expr],
        ddd: bool,
    ) {
        if args.iter().any(|a| a.mode == OpMode::Invalid) {
            // still check what can be checked, but no count errors
            return;
        }
        let nargs = args.len();
        let mut npars = sig.params.len();
        let mut params: Vec<TypeId> = sig.params.clone();
        let fs = expr_string(func);
        if sig.variadic {
            if ddd {
                if arg_exprs.len() == 1 && nargs > 1 {
                    self.error(
                        call.span,
                        format!(
                            "cannot use ... with {nargs}-valued {}",
                            expr_string(&arg_exprs[0])
                        ),
                    );
                    return;
                }
            } else if nargs + 1 >= npars {
                let last = params.pop().unwrap_or(TypeTable::INVALID);
                let elem = match self.types.get(last) {
                    Type::Slice(e) => *e,
                    _ => TypeTable::INVALID,
                };
                while params.len() < nargs {
                    params.push(elem);
                }
                npars = nargs;
            } else {
                npars -= 1;
            }
        } else if ddd {
            self.error(
                call.span,
                format!("cannot use ... in call to non-variadic {fs}"),
            );
            return;
        }
        if nargs != npars {
            let (span, q) = if nargs > npars {
                (args[npars].span(), "too many")
            } else if nargs > 0 {
                (args[nargs - 1].span(), "not enough")
            } else {
                (call.span, "not enough")
            };
            let have: Vec<TypeId> = args.iter().map(|a| a.ty).collect();
            let msg = format!(
                "{q} arguments in call to {fs}\n\thave {}\n\twant {}",
                self.types_summary(&have, false, ddd),
                self.types_summary(&sig.params, sig.variadic, false)
            );
            self.error(span, msg);
            return;
        }
        let context = format!("argument to {fs}");
        let spelled = self.spelled_args(func, sig.variadic && !ddd, args.len());
        for (i, a) in args.iter_mut().enumerate() {
            self.spelled_target = spelled.get(i).copied().flatten();
            self.assignment(a, Some(params[i]), &context);
        }
        self.spelled_target = None;
    }

    /// The position of a call's closing parenthesis.
    pub fn rparen_span(&self, call: &Expr) -> crate::syntax::ast::Span {
        let mut s = call.span;
        if s.hi > s.lo {
            s.lo = s.hi - 1;
        }
        s
    }

    // ---------------------------------------------------------------------
    // Conversions

    /// `T(x)` (go/types `conversion`).
    pub fn conversion(&mut self, x: &mut Operand<'a>, t: TypeId) {
        let const_arg = x.mode == OpMode::Constant;
        let mut ok = false;
        let mut cause = String::new();
        if const_arg && self.is_const_type(t) {
            // constant conversion
            let k = self.basic_kind(t);
            let v = x.val.clone();
            if let (Some(k), Some(v)) = (k, v) {
                match representable(&v, k) {
                    Ok(nv) => {
                        x.val = Some(nv);
                        ok = true;
                    }
                    Err(_) => {
                        if self.is_integer(x.ty) && self.is_string(t) {
                            let cp = super::constant::to_i64(&v)
                                .and_then(|i| u32::try_from(i).ok())
                                .and_then(char::from_u32)
                                .unwrap_or('\u{FFFD}');
                            x.val = Some(ConstValue::Str(cp.to_string().into_bytes()));
                            ok = true;
                        } else if self.is_integer(x.ty) && self.is_integer(t) {
                            let vs = super::constant::value_string(&v);
                            let ts = self.target_str(t);
                            self.error(x.span(), format!("constant {vs} overflows {ts}"));
                            x.mode = OpMode::Invalid;
                            return;
                        }
                    }
                }
            }
        } else if self.convertible_to(x, t, &mut cause) {
            ok = true;
            x.mode = OpMode::Value;
        }
        if !ok {
            let xs = self.op_str(x);
            let ts = self.target_str(t);
            if cause.is_empty() {
                self.error(x.span(), format!("cannot convert {xs} to type {ts}"));
            } else {
                self.error(
                    x.span(),
                    format!("cannot convert {xs} to type {ts}: {cause}"),
                );
            }
            x.mode = OpMode::Invalid;
            return;
        }
        if self.is_untyped(x.ty) {
            let mut fin = t;
            let to_default = self.is_interface(t)
                || (const_arg && !self.is_const_type(t))
                || (x.mode == OpMode::Constant && self.is_integer(x.ty) && self.is_string(t));
            if x.ty != TypeTable::UNTYPED_NIL && to_default {
                fin = self.default_type(x.ty);
            }
            if let Some(e) = x.expr {
                self.update_expr_type(e, fin, true);
            }
        }
        if !(const_arg && self.is_const_type(t)) {
            x.mode = OpMode::Value;
            x.val = None;
        }
        x.ty = t;
    }

    /// Non-constant convertibility (go/types `convertibleTo`).
    fn convertible_to(&mut self, x: &Operand<'a>, t: TypeId, cause: &mut String) -> bool {
        if self.assignable_to(x, t, cause) {
            return true;
        }
        cause.clear();
        let v = x.ty;
        let vu = self.types.underlying(v);
        let tu = self.types.underlying(t);
        if self.identical_ignore_tags(vu, tu) {
            return true;
        }
        if let (Type::Pointer(a), Type::Pointer(b)) =
            (self.types.get(v).clone(), self.types.get(t).clone())
        {
            let (au, bu) = (self.types.underlying(a), self.types.underlying(b));
            if self.identical_ignore_tags(au, bu) {
                return true;
            }
        }
        let int_or_float = |c: &Checker, t: TypeId| c.is_integer(t) || c.is_float(t);
        if int_or_float(self, vu) && int_or_float(self, tu) {
            return true;
        }
        if self.is_complex(vu) && self.is_complex(tu) {
            return true;
        }
        if (self.is_integer(vu) || self.is_bytes_or_runes(vu)) && self.is_string(tu) {
            return true;
        }
        if self.is_string(vu) && self.is_bytes_or_runes(tu) {
            return true;
        }
        if let Type::Slice(se) = self.types.get(vu).clone() {
            match self.types.get(tu).clone() {
                Type::Array { elem, .. } if elem == se => return true,
                Type::Pointer(p) => {
                    if let Type::Array { elem, .. } = self.types.under(p)
                        && *elem == se
                    {
                        return true;
                    }
                }
                _ => {}
            }
        }
        false
    }

    /// The kind of a call expression once checked: conversion, builtin
    /// producing a value, or a call usable as a statement.
    pub fn call_kind(&self, e: &Expr) -> CallKind {
        let ExprKind::Call { func, .. } = &super::expr::unparen(e).kind else {
            return CallKind::Expression;
        };
        match self.info.types.get(&func.id).map(|tv| tv.mode) {
            Some(Mode::TypeExpr) => CallKind::Conversion,
            Some(Mode::Builtin(b)) => {
                use super::info::Builtin::*;
                match b {
                    Clear | Close | Copy | Delete | Panic | Print | Println | Recover => {
                        CallKind::Statement
                    }
                    _ => CallKind::Expression,
                }
            }
            _ => CallKind::Statement,
        }
    }
}
