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

/// `atomic.Value`: the `v any` field (slot 0) updated under its slot lock.
fn value_slot(ctx: &NativeCtx, v: &Value) -> Result<std::sync::Arc<crate::vm::heap::Store>, Panic> {
    match v {
        Value::Ptr(p) if p.idx == crate::vm::value::WHOLE => Ok(p.store.clone()),
        _ => Err(ctx.prog().nil_deref()),
    }
}

fn check_store(new: &Value, old: &Value) -> Result<(), Panic> {
    let msg = match (new, old) {
        (Value::Nil, _) => "sync/atomic: store of nil value into Value",
        (Value::Iface(n), Value::Iface(o)) if n.ty != o.ty => {
            "sync/atomic: store of inconsistently typed value into Value"
        }
        _ => return Ok(()),
    };
    Err(Panic::value(Value::Iface(std::sync::Arc::new(
        crate::vm::value::Iface {
            ty: crate::types::ty::TypeTable::STRING,
            val: Value::str_from(msg),
        },
    ))))
}

fn value_load(ctx: &mut NativeCtx, a: &[Value]) -> R {
    let st = value_slot(ctx, &a[0])?;
    Ok(NativeOut::One(st.load(0)))
}

fn value_store(ctx: &mut NativeCtx, a: &[Value]) -> R {
    let st = value_slot(ctx, &a[0])?;
    st.with_slot(0, |slot| {
        check_store(&a[1], slot)?;
        *slot = a[1].clone();
        Ok(NativeOut::None)
    })
}

fn value_swap(ctx: &mut NativeCtx, a: &[Value]) -> R {
    let st = value_slot(ctx, &a[0])?;
    st.with_slot(0, |slot| {
        check_store(&a[1], slot)?;
        Ok(NativeOut::One(std::mem::replace(slot, a[1].clone())))
    })
}

fn value_cas(ctx: &mut NativeCtx, a: &[Value]) -> R {
    let st = value_slot(ctx, &a[0])?;
    let prog = ctx.fiber.prog.clone();
    st.with_slot(0, |slot| {
        check_store(&a[2], slot)?;
        let eq = crate::vm::ops::values_equal(&prog, slot, &a[1])?;
        if eq {
            *slot = a[2].clone();
        }
        Ok(NativeOut::One(Value::Bool(eq)))
    })
}

/// `time.parseDuration(s) (nanoseconds, ok)`: Go's `time.ParseDuration`.
fn parse_duration(_: &mut NativeCtx, a: &[Value]) -> R {
    let r = parse_dur(a[0].str());
    Ok(NativeOut::Many(vec![
        Value::Int(r.unwrap_or(0)),
        Value::Bool(r.is_some()),
    ]))
}

fn parse_dur(s: &[u8]) -> Option<i64> {
    let mut s = s;
    let mut neg = false;
    if let Some(&c) = s.first()
        && (c == b'-' || c == b'+')
    {
        neg = c == b'-';
        s = &s[1..];
    }
    if s == b"0" {
        return Some(0);
    }
    if s.is_empty() {
        return None;
    }
    let mut total: f64 = 0.0;
    while !s.is_empty() {
        let start = s.len();
        let mut int_part: f64 = 0.0;
        while let Some(&c) = s.first() {
            if !c.is_ascii_digit() {
                break;
            }
            int_part = int_part * 10.0 + (c - b'0') as f64;
            s = &s[1..];
        }
        let pre = start != s.len();
        let mut frac = 0.0;
        let mut post = false;
        if s.first() == Some(&b'.') {
            s = &s[1..];
            let mut scale = 0.1;
            while let Some(&c) = s.first() {
                if !c.is_ascii_digit() {
                    break;
                }
                frac += (c - b'0') as f64 * scale;
                scale /= 10.0;
                s = &s[1..];
                post = true;
            }
        }
        if !pre && !post {
            return None;
        }
        let ulen = s
            .iter()
            .position(|&c| c == b'.' || c.is_ascii_digit())
            .unwrap_or(s.len());
        let unit = match &s[..ulen] {
            b"ns" => 1.0,
            b"us" | b"\xc2\xb5s" | b"\xce\xbcs" => 1e3,
            b"ms" => 1e6,
            b"s" => 1e9,
            b"m" => 60e9,
            b"h" => 3600e9,
            _ => return None,
        };
        s = &s[ulen..];
        total += (int_part + frac) * unit;
    }
    if total > 9.223_372_036_854_776e18 {
        return None;
    }
    let v = total.round() as i64;
    Some(if neg { -v } else { v })
}

pub fn more_natives() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("sync/atomic.Value.Load", value_load),
        ("sync/atomic.Value.Store", value_store),
        ("sync/atomic.Value.Swap", value_swap),
        ("sync/atomic.Value.CompareAndSwap", value_cas),
        ("time.parseDuration", parse_duration),
    ]
}
