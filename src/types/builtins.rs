//! Calls of the builtin functions: append, cap, clear, close, copy, delete,
//! len, make, max, min, new, panic, print, println, recover (complex, real
//! and imag are rejected: gosub has no complex numbers). The callee is
//! recorded with mode `Builtin` and, for non-constant calls, the signature
//! the call was checked with.

use super::check::Checker;
use super::constant;
use super::exprstring::expr_string;
use super::info::{Builtin, ConstValue, Mode, TypeAndValue};
use super::operand::{OpMode, Operand};
use super::ty::{BasicKind, Signature, Type, TypeId, TypeTable};
use crate::syntax::ast::{BinaryOp, ChanDir, Expr};
use num_bigint::BigInt;

fn builtin_name(b: Builtin) -> &'static str {
    use Builtin::*;
    match b {
        Append => "append",
        Cap => "cap",
        Clear => "clear",
        Close => "close",
        Complex => "complex",
        Copy => "copy",
        Delete => "delete",
        Imag => "imag",
        Len => "len",
        Make => "make",
        Max => "max",
        Min => "min",
        New => "new",
        Panic => "panic",
        Print => "print",
        Println => "println",
        Real => "real",
        Recover => "recover",
    }
}

/// (minimum arguments, variadic)
fn builtin_arity(b: Builtin) -> (usize, bool) {
    use Builtin::*;
    match b {
        Append | Make | Max | Min => (1, true),
        Cap | Clear | Close | Imag | Len | New | Panic | Real => (1, false),
        Complex | Copy | Delete => (2, false),
        Print | Println => (0, true),
        Recover => (0, false),
    }
}

impl<'a> Checker<'a> {
    /// A call of builtin `b`.
    pub fn builtin(
        &mut self,
        call: &'a Expr,
        func: &'a Expr,
        b: Builtin,
        arg_exprs: &'a [Expr],
        ddd: bool,
    ) -> Operand<'a> {
        let name = builtin_name(b);
        let invalid = Operand::invalid(Some(call));
        if ddd && b != Builtin::Append {
            self.error(
                call.span,
                format!("invalid operation: invalid use of ... with built-in {name}"),
            );
            for a in arg_exprs {
                self.raw_expr(a, None);
            }
            return invalid;
        }
        let saved_cr = self.has_call_or_recv;
        if matches!(b, Builtin::Len | Builtin::Cap) {
            self.has_call_or_recv = false;
        }
        let mut args: Vec<Operand<'a>> = Vec::new();
        let nargs;
        if matches!(b, Builtin::Make | Builtin::New) {
            nargs = arg_exprs.len();
        } else {
            args = self.expr_list(arg_exprs);
            nargs = args.len();
            if args.iter().any(|a| a.mode == OpMode::Invalid) {
                self.restore_cr(b, saved_cr);
                return invalid;
            }
        }
        let (min, variadic) = builtin_arity(b);
        let msg = if nargs < min {
            Some("not enough")
        } else if !variadic && nargs > min {
            Some("too many")
        } else {
            None
        };
        if let Some(m) = msg {
            let cs = expr_string(call);
            let span = if nargs > min {
                arg_exprs.get(min).map(|a| a.span).unwrap_or(call.span)
            } else {
                self.rparen_span(call)
            };
            self.error(
                span,
                format!(
                    "invalid operation: {m} arguments for {cs} (expected {min}, found {nargs})"
                ),
            );
            self.restore_cr(b, saved_cr);
            return invalid;
        }
        let result = self.builtin_inner(call, b, &mut args, arg_exprs);
        self.restore_cr(b, saved_cr);
        let Some((mut x, params)) = result else {
            return invalid;
        };
        // record the callee
        let sig_ty = if x.mode == OpMode::Constant {
            TypeTable::INVALID
        } else {
            let results = if x.mode == OpMode::NoValue {
                vec![]
            } else {
                vec![x.ty]
            };
            self.types.intern(Type::Func(Signature {
                params,
                results,
                variadic: b == Builtin::Append && !ddd && nargs > 1,
            }))
        };
        self.info.types.insert(
            func.id,
            TypeAndValue {
                mode: Mode::Builtin(b),
                ty: sig_ty,
                value: None,
            },
        );
        x.expr = Some(call);
        x
    }

    fn restore_cr(&mut self, b: Builtin, saved: bool) {
        if matches!(b, Builtin::Len | Builtin::Cap) {
            self.has_call_or_recv = saved;
        }
    }

    /// The result of the builtin call and the parameter types it was checked with.
    fn builtin_inner(
        &mut self,
        call: &'a Expr,
        b: Builtin,
        args: &mut [Operand<'a>],
        arg_exprs: &'a [Expr],
    ) -> Option<(Operand<'a>, Vec<TypeId>)> {
        let name = builtin_name(b);
        match b {
            Builtin::Append => {
                let x = args[0].clone();
                let s = x.ty;
                let elem = match self.types.under(s) {
                    Type::Slice(e) => *e,
                    _ => {
                        if x.is_nil() {
                            self.error(
                                x.span(),
                                "invalid append: first argument is (untyped) nil".to_string(),
                            );
                        } else {
                            let xs = self.op_str(&x);
                            self.error(
                                x.span(),
                                format!("invalid append: argument must be a slice; have {xs}"),
                            );
                        }
                        return None;
                    }
                };
                let ddd = matches!(
                    call.kind,
                    crate::syntax::ast::ExprKind::Call { ellipsis: true, .. }
                );
                let mut params = vec![s];
                if args.len() == 2 && ddd && elem == TypeTable::UINT8 && self.is_string(args[1].ty)
                {
                    // append([]byte, string...)
                    let mut y = args[1].clone();
                    self.assignment(&mut y, Some(TypeTable::STRING), "argument to append");
                    params.push(TypeTable::STRING);
                    return Some((
                        Operand {
                            mode: OpMode::Value,
                            ty: s,
                            val: None,
                            expr: None,
                        },
                        params,
                    ));
                }
                if ddd {
                    if args.len() != 2 {
                        let fs = "append";
                        if args.len() < 2 {
                            self.error(call.span, format!("not enough arguments in call to {fs}"));
                        } else {
                            self.error(
                                args[2].span(),
                                format!("too many arguments in call to {fs}"),
                            );
                        }
                        return None;
                    }
                    let st = self.types.slice(elem);
                    self.assignment(&mut args[1], Some(st), "argument to append");
                    params.push(st);
                } else {
                    for a in args.iter_mut().skip(1) {
                        self.assignment(a, Some(elem), "argument to append");
                        params.push(elem);
                    }
                }
                Some((
                    Operand {
                        mode: OpMode::Value,
                        ty: s,
                        val: None,
                        expr: None,
                    },
                    params,
                ))
            }
            Builtin::Len | Builtin::Cap => {
                let x = args[0].clone();
                let mut t = self.types.underlying(x.ty);
                if let Type::Pointer(p) = self.types.get(t) {
                    if let Type::Array { .. } = self.types.under(*p) {
                        t = self.types.underlying(*p);
                    }
                }
                let mut mode = OpMode::Invalid;
                let mut val = None;
                match self.types.get(t).clone() {
                    Type::Basic(k)
                        if (k == BasicKind::String || k == BasicKind::UntypedString)
                            && b == Builtin::Len =>
                    {
                        if let (OpMode::Constant, Some(ConstValue::Str(s))) = (x.mode, &x.val) {
                            mode = OpMode::Constant;
                            val = Some(ConstValue::Int(BigInt::from(s.len())));
                        } else {
                            mode = OpMode::Value;
                        }
                    }
                    Type::Array { len, .. } => {
                        mode = OpMode::Value;
                        if !self.has_call_or_recv {
                            mode = OpMode::Constant;
                            val = Some(ConstValue::Int(BigInt::from(len)));
                        }
                    }
                    Type::Slice(_) | Type::Chan { .. } => mode = OpMode::Value,
                    Type::Map { .. } if b == Builtin::Len => mode = OpMode::Value,
                    _ => {}
                }
                if mode == OpMode::Invalid {
                    if self.is_valid(x.ty) {
                        let xs = self.op_str(&x);
                        self.error(
                            x.span(),
                            format!("invalid argument: {xs} for built-in {name}"),
                        );
                    }
                    return None;
                }
                let mut xx = x.clone();
                if self.is_untyped(xx.ty) && mode != OpMode::Constant {
                    self.assignment(&mut xx, None, "argument to built-in len");
                }
                let p = xx.ty;
                Some((
                    Operand {
                        mode,
                        ty: TypeTable::INT,
                        val,
                        expr: None,
                    },
                    vec![p],
                ))
            }
            Builtin::Clear => {
                let x = args[0].clone();
                if !matches!(self.types.under(x.ty), Type::Map { .. } | Type::Slice(_)) {
                    let xs = self.op_str(&x);
                    self.error(x.span(), format!("invalid argument: cannot clear {xs}: argument must be (or constrained by) map or slice"));
                    return None;
                }
                Some((
                    Operand {
                        mode: OpMode::NoValue,
                        ty: TypeTable::INVALID,
                        val: None,
                        expr: None,
                    },
                    vec![x.ty],
                ))
            }
            Builtin::Close => {
                let x = args[0].clone();
                match self.types.under(x.ty) {
                    Type::Chan { dir, .. } => {
                        if *dir == ChanDir::Recv {
                            let xs = self.op_str(&x);
                            self.error(
                                x.span(),
                                format!(
                                    "invalid operation: cannot close receive-only channel {xs}"
                                ),
                            );
                            return None;
                        }
                    }
                    _ => {
                        let xs = self.op_str(&x);
                        self.error(
                            x.span(),
                            format!("invalid operation: cannot close non-channel {xs}"),
                        );
                        return None;
                    }
                }
                Some((
                    Operand {
                        mode: OpMode::NoValue,
                        ty: TypeTable::INVALID,
                        val: None,
                        expr: None,
                    },
                    vec![x.ty],
                ))
            }
            Builtin::Copy => {
                let (x, y) = (args[0].clone(), args[1].clone());
                let dst = match self.types.under(x.ty) {
                    Type::Slice(e) => Some(*e),
                    _ => None,
                };
                let src = if self.is_string(y.ty) {
                    Some(TypeTable::UINT8)
                } else {
                    match self.types.under(y.ty) {
                        Type::Slice(e) => Some(*e),
                        _ => None,
                    }
                };
                let (Some(d), Some(s)) = (dst, src) else {
                    let (xs, ys) = (self.op_str(&x), self.op_str(&y));
                    self.error(
                        x.span(),
                        format!(
                            "invalid argument: copy expects slice arguments; found {xs} and {ys}"
                        ),
                    );
                    return None;
                };
                if d != s {
                    let (xs, ys, ds, ss) = (
                        self.op_str(&x),
                        self.op_str(&y),
                        self.type_str(d),
                        self.type_str(s),
                    );
                    self.error(x.span(), format!("invalid argument: arguments to copy {xs} and {ys} have different element types {ds} and {ss}"));
                    return None;
                }
                let mut yy = y.clone();
                if self.is_untyped(yy.ty) {
                    self.assignment(&mut yy, Some(TypeTable::STRING), "argument to copy");
                }
                Some((
                    Operand {
                        mode: OpMode::Value,
                        ty: TypeTable::INT,
                        val: None,
                        expr: None,
                    },
                    vec![x.ty, yy.ty],
                ))
            }
            Builtin::Delete => {
                let x = args[0].clone();
                let key = match self.types.under(x.ty) {
                    Type::Map { key, .. } => *key,
                    _ => {
                        let xs = self.op_str(&x);
                        self.error(x.span(), format!("invalid argument: {xs} is not a map"));
                        return None;
                    }
                };
                self.assignment(&mut args[1], Some(key), "argument to delete");
                if args[1].mode == OpMode::Invalid {
                    return None;
                }
                Some((
                    Operand {
                        mode: OpMode::NoValue,
                        ty: TypeTable::INVALID,
                        val: None,
                        expr: None,
                    },
                    vec![x.ty, key],
                ))
            }
            Builtin::Make => {
                let arg0 = &arg_exprs[0];
                let t = self.typ(arg0);
                if t == TypeTable::INVALID {
                    for a in &arg_exprs[1..] {
                        self.raw_expr(a, None);
                    }
                    return None;
                }
                let min = match self.types.under(t) {
                    Type::Slice(_) => 2,
                    Type::Map { .. } | Type::Chan { .. } => 1,
                    _ => {
                        let s = expr_string(arg0);
                        self.error(arg0.span, format!("invalid argument: cannot make {s}; type must be slice, map, or channel"));
                        return None;
                    }
                };
                let n = arg_exprs.len();
                if n < min || min + 1 < n {
                    let cs = expr_string(call);
                    self.error(
                        call.span,
                        format!(
                            "invalid operation: {cs} expects {min} or {} arguments; found {n}",
                            min + 1
                        ),
                    );
                    return None;
                }
                let mut sizes = Vec::new();
                let mut params = vec![t];
                for a in &arg_exprs[1..] {
                    if let Some(v) = self.index(a, -1) {
                        sizes.push(v);
                    }
                    let at = self
                        .info
                        .types
                        .get(&a.id)
                        .map(|tv| tv.ty)
                        .unwrap_or(TypeTable::INT);
                    params.push(at);
                }
                if sizes.len() == 2 && sizes[0] > sizes[1] {
                    self.error(
                        arg_exprs[1].span,
                        "invalid argument: length and capacity swapped",
                    );
                }
                Some((
                    Operand {
                        mode: OpMode::Value,
                        ty: t,
                        val: None,
                        expr: None,
                    },
                    params,
                ))
            }
            Builtin::New => {
                let arg0 = &arg_exprs[0];
                let mut x = self.expr_or_type(arg0);
                match x.mode {
                    OpMode::Invalid => None,
                    OpMode::TypeExpr => {
                        let p = self.types.pointer(x.ty);
                        Some((
                            Operand {
                                mode: OpMode::Value,
                                ty: p,
                                val: None,
                                expr: None,
                            },
                            vec![x.ty],
                        ))
                    }
                    _ => {
                        // Go 1.26: new(expr)
                        self.assignment(&mut x, None, "argument to new");
                        if x.mode == OpMode::Invalid {
                            return None;
                        }
                        let p = self.types.pointer(x.ty);
                        Some((
                            Operand {
                                mode: OpMode::Value,
                                ty: p,
                                val: None,
                                expr: None,
                            },
                            vec![x.ty],
                        ))
                    }
                }
            }
            Builtin::Panic => {
                self.assignment(
                    &mut args[0],
                    Some(TypeTable::EMPTY_INTERFACE),
                    "argument to panic",
                );
                if args[0].mode == OpMode::Invalid {
                    return None;
                }
                Some((
                    Operand {
                        mode: OpMode::NoValue,
                        ty: TypeTable::INVALID,
                        val: None,
                        expr: None,
                    },
                    vec![TypeTable::EMPTY_INTERFACE],
                ))
            }
            Builtin::Print | Builtin::Println => {
                let mut params = Vec::new();
                for a in args.iter_mut() {
                    self.assignment(a, None, &format!("argument to built-in {name}"));
                    if a.mode == OpMode::Invalid {
                        return None;
                    }
                    params.push(a.ty);
                }
                Some((
                    Operand {
                        mode: OpMode::NoValue,
                        ty: TypeTable::INVALID,
                        val: None,
                        expr: None,
                    },
                    params,
                ))
            }
            Builtin::Recover => Some((
                Operand {
                    mode: OpMode::Value,
                    ty: TypeTable::EMPTY_INTERFACE,
                    val: None,
                    expr: None,
                },
                vec![],
            )),
            Builtin::Max | Builtin::Min => {
                let op = if b == Builtin::Max {
                    BinaryOp::Gt
                } else {
                    BinaryOp::Lt
                };
                let mut x = args[0].clone();
                for i in 0..args.len() {
                    let mut a = args[i].clone();
                    if !self.is_ordered(a.ty) {
                        let s = self.op_str(&a);
                        self.error(a.span(), format!("invalid argument: {s} cannot be ordered"));
                        return None;
                    }
                    if i > 0 {
                        self.match_types(&mut x, &mut a);
                        if x.mode == OpMode::Invalid {
                            return None;
                        }
                        if x.ty != a.ty {
                            let (xt, at) = (self.type_str(x.ty), self.type_str(a.ty));
                            let es = a.expr.map(expr_string).unwrap_or_default();
                            self.error(a.span(), format!("invalid argument: mismatched types {xt} (previous argument) and {at} (type of {es})"));
                            return None;
                        }
                        if x.mode == OpMode::Constant && a.mode == OpMode::Constant {
                            if let (Some(av), Some(xv)) = (&a.val, &x.val) {
                                if constant::compare(op, av, xv) == Some(true) {
                                    x = a.clone();
                                }
                            }
                        } else {
                            x.mode = OpMode::Value;
                        }
                    }
                }
                if x.mode != OpMode::Constant {
                    x.mode = OpMode::Value;
                    self.assignment(
                        &mut x,
                        Some(TypeTable::EMPTY_INTERFACE),
                        &format!("argument to built-in {name}"),
                    );
                    if x.mode == OpMode::Invalid {
                        return None;
                    }
                }
                let t = x.ty;
                let mut params = Vec::new();
                for a in args.iter() {
                    if let Some(e) = a.expr {
                        self.update_expr_type(e, t, true);
                    }
                    params.push(t);
                }
                Some((
                    Operand {
                        mode: x.mode,
                        ty: t,
                        val: x.val.clone(),
                        expr: None,
                    },
                    params,
                ))
            }
            Builtin::Complex | Builtin::Real | Builtin::Imag => {
                self.error(
                    call.span,
                    format!("built-in {name} is not supported (gosub has no complex numbers)"),
                );
                None
            }
        }
    }
}
