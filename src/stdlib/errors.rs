//! Package `errors`: `New`, `Is`, `As`, `Unwrap` and `Join` are Go code in
//! `decls/errors.go`; the natives here are the three bits of reflection
//! they need: whether an error's dynamic type is comparable (`Is` compares
//! with `==` only then), the check of `As`'s target, and the assignment
//! through the target pointer after a dynamic type check.

use super::vals::{R, boolean, panic_str, store_through};
use crate::types::ty::{Type, TypeId, TypeTable};
use crate::vm::native::{NativeCtx, NativeFn, NativeOut};
use crate::vm::types_rt::comparable as type_comparable;
use crate::vm::value::{Iface, Value};
use std::sync::Arc;

/// `errors.New(text)` as the VM's own `*errors.errorString` (also what
/// `fmt.Errorf` makes without `%w`).
fn new(ctx: &mut NativeCtx, args: &[Value]) -> R {
    let ty = ctx.prog().rt.simple_error;
    Ok(NativeOut::One(Value::Iface(Arc::new(Iface {
        ty,
        val: args[0].clone(),
    }))))
}

/// `comparable(x any) bool`: is x's dynamic type comparable? (nil is.)
fn comparable(ctx: &mut NativeCtx, a: &[Value]) -> R {
    boolean(match &a[0] {
        Value::Iface(i) => type_comparable(ctx.types(), i.ty),
        _ => true,
    })
}

/// The pointed-to type of `target`'s dynamic type, if it is a non-nil pointer.
fn target_elem(types: &TypeTable, target: &Value) -> Option<TypeId> {
    let Value::Iface(i) = target else { return None };
    match (types.get(i.ty), &i.val) {
        (Type::Pointer(elem), Value::Ptr(_)) => Some(*elem),
        _ => None,
    }
}

/// `checkAsTarget(target any)`: Go's panics for a bad `errors.As` target.
fn check_as_target(ctx: &mut NativeCtx, a: &[Value]) -> R {
    let Some(elem) = target_elem(ctx.types(), &a[0]) else {
        return Err(panic_str("errors: target must be a non-nil pointer"));
    };
    if !ctx.types().is_interface(elem) && ctx.prog().implements(elem, TypeTable::ERROR).is_err() {
        return Err(panic_str(
            "errors: *target must be interface or implement error",
        ));
    }
    Ok(NativeOut::None)
}

/// `assignTo(err error, target any) bool`: if err's dynamic type is
/// assignable to `*target`'s type (identical, or implementing it when it is
/// an interface), store err there and report true.
fn assign_to(ctx: &mut NativeCtx, a: &[Value]) -> R {
    let (Value::Iface(err), Value::Iface(target)) = (&a[0], &a[1]) else {
        return boolean(false);
    };
    let Some(elem) = target_elem(ctx.types(), &a[1]) else {
        return boolean(false);
    };
    let Value::Ptr(p) = &target.val else {
        return boolean(false);
    };
    if err.ty == elem {
        store_through(p, &err.val);
        return boolean(true);
    }
    if ctx.types().is_interface(elem) && ctx.prog().implements(err.ty, elem).is_ok() {
        store_through(p, &a[0]);
        return boolean(true);
    }
    boolean(false)
}

pub fn natives() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("errors.New", new as NativeFn),
        ("errors.comparable", comparable),
        ("errors.checkAsTarget", check_as_target),
        ("errors.assignTo", assign_to),
    ]
}
