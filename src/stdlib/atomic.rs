//! Package sync/atomic's natives: `AddT`, `AndT`, `OrT`, `LoadT`, `StoreT`,
//! `SwapT`, `CompareAndSwapT` for int32, int64, uint32, uint64 and uintptr
//! through a pointer, and the `atomic.Value` methods. The typed wrappers
//! (`atomic.Int64`, `atomic.Bool`...) are Go over these (`decls/atomic.go`).
//!
//! # Real atomics on the VM's memory
//!
//! A pointer is a store and a slot index (`vm/value.rs`). The slot is either
//! an `AtomicI64` (a store of integers: arrays, cells of escaping
//! variables) or a `Mutex<Value>` (a struct's fields). For the first, every
//! operation is the hardware atomic (a CAS loop where the result must wrap
//! to 32 bits); for the second, the read-modify-write happens with the
//! slot's lock held. Both are atomic with respect to each other and to the
//! VM's own loads and stores of that slot, which go through the same atomic
//! or lock. Values are kept in the VM's representation: signed types sign-
//! extended, unsigned ones zero-extended.

use crate::types::ty::TypeTable;
use crate::vm::heap::Store;
use crate::vm::native::{NativeCtx, NativeFn, NativeOut};
use crate::vm::ops::values_equal;
use crate::vm::panic::Panic;
use crate::vm::value::{Iface, Ptr, Value, WHOLE};
use std::sync::Arc;
use std::sync::atomic::Ordering::SeqCst;

/// The integer kinds atomics work on.
#[derive(Clone, Copy)]
enum K {
    I32,
    I64,
    U32,
    U64,
}

impl K {
    /// `x` wrapped to this kind, in the VM's representation.
    fn wrap(self, x: i64) -> i64 {
        match self {
            K::I32 => x as i32 as i64,
            K::U32 => x as u32 as i64,
            K::I64 | K::U64 => x,
        }
    }
}

/// Applies `f` to the integer at `p` atomically; returns (old, new).
fn rmw(ctx: &NativeCtx, p: &Value, f: impl Fn(i64) -> Option<i64>) -> Result<(i64, i64), Panic> {
    let Value::Ptr(Ptr { store, idx }) = p else {
        return Err(ctx.prog().nil_deref());
    };
    let i = if *idx == WHOLE { 0 } else { *idx as usize };
    if i >= store.len() {
        return Err(ctx.prog().nil_deref());
    }
    Ok(match &**store {
        Store::Ints(v) => {
            let mut old = v[i].load(SeqCst);
            loop {
                let Some(new) = f(old) else {
                    return Ok((old, old));
                };
                match v[i].compare_exchange_weak(old, new, SeqCst, SeqCst) {
                    Ok(_) => break (old, new),
                    Err(cur) => old = cur,
                }
            }
        }
        Store::Vals(v) => {
            let mut slot = v[i].lock();
            let old = slot.int();
            match f(old) {
                Some(new) => {
                    *slot = Value::Int(new);
                    (old, new)
                }
                None => (old, old),
            }
        }
        other => {
            // Bytes, floats, bools: not reachable through the typed API;
            // fall back to a plain load and store.
            let old = other.load(i).int();
            match f(old) {
                Some(new) => {
                    other.store(i, Value::Int(new));
                    (old, new)
                }
                None => (old, old),
            }
        }
    })
}

macro_rules! atomic_natives {
    ($($k:ident $name:literal),*) => {
        vec![$(
            (concat!("sync/atomic.Add", $name), (|ctx: &mut NativeCtx, a: &[Value]| -> Result<NativeOut, Panic> {
                let d = a[1].int();
                let (_, new) = rmw(ctx, &a[0], |x| Some(K::$k.wrap(x.wrapping_add(d))))?;
                Ok(NativeOut::One(Value::Int(new)))
            }) as NativeFn),
            (concat!("sync/atomic.And", $name), (|ctx: &mut NativeCtx, a: &[Value]| -> Result<NativeOut, Panic> {
                let m = a[1].int();
                let (old, _) = rmw(ctx, &a[0], |x| Some(K::$k.wrap(x & m)))?;
                Ok(NativeOut::One(Value::Int(old)))
            }) as NativeFn),
            (concat!("sync/atomic.Or", $name), (|ctx: &mut NativeCtx, a: &[Value]| -> Result<NativeOut, Panic> {
                let m = a[1].int();
                let (old, _) = rmw(ctx, &a[0], |x| Some(K::$k.wrap(x | m)))?;
                Ok(NativeOut::One(Value::Int(old)))
            }) as NativeFn),
            (concat!("sync/atomic.Load", $name), (|ctx: &mut NativeCtx, a: &[Value]| -> Result<NativeOut, Panic> {
                let (old, _) = rmw(ctx, &a[0], |_| None)?;
                Ok(NativeOut::One(Value::Int(old)))
            }) as NativeFn),
            (concat!("sync/atomic.Store", $name), (|ctx: &mut NativeCtx, a: &[Value]| -> Result<NativeOut, Panic> {
                let v = K::$k.wrap(a[1].int());
                rmw(ctx, &a[0], |_| Some(v))?;
                Ok(NativeOut::None)
            }) as NativeFn),
            (concat!("sync/atomic.Swap", $name), (|ctx: &mut NativeCtx, a: &[Value]| -> Result<NativeOut, Panic> {
                let v = K::$k.wrap(a[1].int());
                let (old, _) = rmw(ctx, &a[0], |_| Some(v))?;
                Ok(NativeOut::One(Value::Int(old)))
            }) as NativeFn),
            (concat!("sync/atomic.CompareAndSwap", $name), (|ctx: &mut NativeCtx, a: &[Value]| -> Result<NativeOut, Panic> {
                let (want, v) = (K::$k.wrap(a[1].int()), K::$k.wrap(a[2].int()));
                let (old, _) = rmw(ctx, &a[0], |x| (x == want).then_some(v))?;
                Ok(NativeOut::One(Value::Bool(old == want)))
            }) as NativeFn),
        )*]
    };
}

pub fn natives() -> Vec<(&'static str, NativeFn)> {
    let mut v: Vec<(&'static str, NativeFn)> =
        atomic_natives!(I32 "Int32", I64 "Int64", U32 "Uint32", U64 "Uint64", U64 "Uintptr");
    v.extend([
        ("sync/atomic.Value.Load", value_load as NativeFn),
        ("sync/atomic.Value.Store", value_store as NativeFn),
        ("sync/atomic.Value.Swap", value_swap as NativeFn),
        ("sync/atomic.Value.CompareAndSwap", value_cas as NativeFn),
    ]);
    v
}

/// A Go `panic(msg)` with a string value.
fn panic_str(msg: &str) -> Panic {
    Panic::value(Value::Iface(Arc::new(Iface {
        ty: TypeTable::STRING,
        val: Value::str_from(msg),
    })))
}

/// The `v any` slot of an `atomic.Value` (field 0 of the struct).
fn value_slot(ctx: &NativeCtx, recv: &Value) -> Result<Arc<Store>, Panic> {
    let st = match recv {
        Value::Ptr(Ptr { store, idx: WHOLE }) => store.clone(),
        Value::Ptr(Ptr { store, idx }) => match store.load(*idx as usize) {
            Value::Agg(s) => s,
            _ => return Err(ctx.prog().nil_deref()),
        },
        _ => return Err(ctx.prog().nil_deref()),
    };
    if !matches!(&*st, Store::Vals(v) if !v.is_empty()) {
        return Err(ctx.prog().nil_deref());
    }
    Ok(st)
}

/// Runs `f` on the locked `any` slot of an `atomic.Value`.
fn with_value<R>(
    ctx: &NativeCtx,
    recv: &Value,
    f: impl FnOnce(&mut Value) -> Result<R, Panic>,
) -> Result<R, Panic> {
    let st = value_slot(ctx, recv)?;
    let Store::Vals(v) = &*st else {
        // Invariant: value_slot only returns non-empty Vals stores.
        return Err(ctx.prog().nil_deref());
    };
    let mut slot = v[0].lock();
    f(&mut slot)
}

fn dyn_type(v: &Value) -> Option<crate::types::ty::TypeId> {
    match v {
        Value::Iface(i) => Some(i.ty),
        _ => None,
    }
}

fn value_load(ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    let v = with_value(ctx, &args[0], |s| Ok(s.clone()))?;
    Ok(NativeOut::One(v))
}

fn value_store(ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    let new = args[1].clone();
    let Some(t) = dyn_type(&new) else {
        return Err(panic_str("sync/atomic: store of nil value into Value"));
    };
    with_value(ctx, &args[0], |s| {
        if dyn_type(s).is_some_and(|old| old != t) {
            return Err(panic_str(
                "sync/atomic: store of inconsistently typed value into Value",
            ));
        }
        *s = new;
        Ok(())
    })?;
    Ok(NativeOut::None)
}

fn value_swap(ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    let new = args[1].clone();
    let Some(t) = dyn_type(&new) else {
        return Err(panic_str("sync/atomic: swap of nil value into Value"));
    };
    let old = with_value(ctx, &args[0], |s| {
        if dyn_type(s).is_some_and(|old| old != t) {
            return Err(panic_str(
                "sync/atomic: swap of inconsistently typed values into Value",
            ));
        }
        Ok(std::mem::replace(s, new))
    })?;
    Ok(NativeOut::One(old))
}

fn value_cas(ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    let (old, new) = (args[1].clone(), args[2].clone());
    let Some(t) = dyn_type(&new) else {
        return Err(panic_str(
            "sync/atomic: compare and swap of nil value into Value",
        ));
    };
    if dyn_type(&old).is_some_and(|o| o != t) {
        return Err(panic_str(
            "sync/atomic: compare and swap of inconsistently typed values",
        ));
    }
    let prog = ctx.fiber.prog.clone();
    let ok = with_value(ctx, &args[0], |s| {
        match dyn_type(s) {
            None => {
                if !old.is_nil() {
                    return Ok(false);
                }
            }
            Some(cur) => {
                if cur != t {
                    return Err(panic_str(
                        "sync/atomic: compare and swap of inconsistently typed value into Value",
                    ));
                }
                if !values_equal(&prog, s, &old)? {
                    return Ok(false);
                }
            }
        }
        *s = new;
        Ok(true)
    })?;
    Ok(NativeOut::One(Value::Bool(ok)))
}
