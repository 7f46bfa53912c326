//! sync/atomic over the VM's memory: an `*int32`/`*int64`/... points to a
//! slot of a store; integer slots are `AtomicI64` (real atomic read-modify-
//! write), struct fields are updated under their slot lock.

use crate::vm::native::{NativeCtx, NativeFn, NativeOut};
use crate::vm::ops::wrap;
use crate::vm::panic::Panic;
use crate::vm::value::{Ptr, Value};

type R = Result<NativeOut, Panic>;

fn slot(ctx: &NativeCtx, v: &Value) -> Result<Ptr, Panic> {
    match v {
        Value::Ptr(p) => Ok(p.clone()),
        _ => Err(ctx.prog().nil_deref()),
    }
}

fn run(ctx: &mut NativeCtx, a: &[Value], op: &str, bits: u8, signed: bool) -> R {
    let p = slot(ctx, &a[0])?;
    let w = |x: i64| wrap(x, bits, signed);
    let i = p.idx as usize;
    let st = &p.store;
    Ok(match op {
        "Add" => {
            let d = a[1].int();
            let old = st.atomic_update(i, |x| Some(w(x.wrapping_add(d))));
            NativeOut::One(Value::Int(w(old.wrapping_add(d))))
        }
        "And" => {
            let m = a[1].int();
            NativeOut::One(Value::Int(st.atomic_update(i, |x| Some(x & m))))
        }
        "Or" => {
            let m = a[1].int();
            NativeOut::One(Value::Int(st.atomic_update(i, |x| Some(x | m))))
        }
        "CompareAndSwap" => {
            let (old, new) = (a[1].int(), a[2].int());
            let mut swapped = false;
            st.atomic_update(i, |x| {
                swapped = x == old;
                swapped.then_some(new)
            });
            NativeOut::One(Value::Bool(swapped))
        }
        "Load" => NativeOut::One(Value::Int(st.atomic_update(i, |_| None))),
        "Store" => {
            let v = a[1].int();
            st.atomic_update(i, |_| Some(v));
            NativeOut::None
        }
        _ => {
            // Swap
            let v = a[1].int();
            NativeOut::One(Value::Int(st.atomic_update(i, |_| Some(v))))
        }
    })
}

macro_rules! atomics {
    ($($name:literal, $op:literal, $bits:literal, $signed:literal;)*) => {
        vec![$(($name, (|ctx: &mut NativeCtx, a: &[Value]| run(ctx, a, $op, $bits, $signed)) as NativeFn),)*]
    };
}

pub fn natives() -> Vec<(&'static str, NativeFn)> {
    let mut v = atomics! {
        "sync/atomic.AddInt32", "Add", 32, true;
        "sync/atomic.AndInt32", "And", 32, true;
        "sync/atomic.OrInt32", "Or", 32, true;
        "sync/atomic.CompareAndSwapInt32", "CompareAndSwap", 32, true;
        "sync/atomic.LoadInt32", "Load", 32, true;
        "sync/atomic.StoreInt32", "Store", 32, true;
        "sync/atomic.SwapInt32", "Swap", 32, true;
        "sync/atomic.AddInt64", "Add", 64, true;
        "sync/atomic.AndInt64", "And", 64, true;
        "sync/atomic.OrInt64", "Or", 64, true;
        "sync/atomic.CompareAndSwapInt64", "CompareAndSwap", 64, true;
        "sync/atomic.LoadInt64", "Load", 64, true;
        "sync/atomic.StoreInt64", "Store", 64, true;
        "sync/atomic.SwapInt64", "Swap", 64, true;
        "sync/atomic.AddUint32", "Add", 32, false;
        "sync/atomic.AndUint32", "And", 32, false;
        "sync/atomic.OrUint32", "Or", 32, false;
        "sync/atomic.CompareAndSwapUint32", "CompareAndSwap", 32, false;
        "sync/atomic.LoadUint32", "Load", 32, false;
        "sync/atomic.StoreUint32", "Store", 32, false;
        "sync/atomic.SwapUint32", "Swap", 32, false;
        "sync/atomic.AddUint64", "Add", 64, false;
        "sync/atomic.AndUint64", "And", 64, false;
        "sync/atomic.OrUint64", "Or", 64, false;
        "sync/atomic.CompareAndSwapUint64", "CompareAndSwap", 64, false;
        "sync/atomic.LoadUint64", "Load", 64, false;
        "sync/atomic.StoreUint64", "Store", 64, false;
        "sync/atomic.SwapUint64", "Swap", 64, false;
        "sync/atomic.AddUintptr", "Add", 64, false;
        "sync/atomic.AndUintptr", "And", 64, false;
        "sync/atomic.OrUintptr", "Or", 64, false;
        "sync/atomic.CompareAndSwapUintptr", "CompareAndSwap", 64, false;
        "sync/atomic.LoadUintptr", "Load", 64, false;
        "sync/atomic.StoreUintptr", "Store", 64, false;
        "sync/atomic.SwapUintptr", "Swap", 64, false;
    };
    v.push(("time.now", time_now));
    v
}

/// `time.now() (wall, mono)`: Unix nanoseconds and a monotonic reading.
fn time_now(_: &mut NativeCtx, _: &[Value]) -> R {
    use std::sync::OnceLock;
    static START: OnceLock<std::time::Instant> = OnceLock::new();
    let start = *START.get_or_init(std::time::Instant::now);
    let wall = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as i64)
        .unwrap_or(0);
    let mono = start.elapsed().as_nanos() as i64 + 1;
    Ok(NativeOut::Many(vec![Value::Int(wall), Value::Int(mono)]))
}
