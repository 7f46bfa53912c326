//! Package `sort`: the natives under `decls/sort.go` (which is Go's own
//! sort package, pdqsort included, so `sort.Slice`/`sort.Sort` call user
//! code as ordinary bytecode and leave equal elements where Go does).
//! `Ints`, `Strings` and `Float64s` sort natively (equal elements are
//! indistinguishable there); `sliceLen`/`sliceSwap` are the bits of
//! reflection `Slice` needs.

use super::vals::{R, int, panic_str};
use crate::types::ty::Type;
use crate::vm::heap::deep_copy;
use crate::vm::native::{NativeCtx, NativeFn, NativeOut};
use crate::vm::value::{Slice, Value};
use std::cmp::Ordering;

fn slice_arg(v: &Value) -> Option<&Slice> {
    match v {
        Value::Slice(s) => Some(s),
        _ => None,
    }
}

/// Sort the elements of `s` in place with `cmp`, reading and writing the
/// store (the slice may alias other slices, as in Go).
fn sort_store(s: &Slice, cmp: impl Fn(&Value, &Value) -> Ordering) {
    let off = s.off as usize;
    let mut v: Vec<Value> = (0..s.len as usize).map(|i| s.store.load(off + i)).collect();
    v.sort_by(cmp);
    for (i, x) in v.into_iter().enumerate() {
        s.store.store(off + i, x);
    }
}

/// `sort.Ints(x)`.
fn ints(_: &mut NativeCtx, a: &[Value]) -> R {
    if let Some(s) = slice_arg(&a[0]) {
        sort_store(s, |x, y| x.int().cmp(&y.int()));
    }
    Ok(NativeOut::None)
}

/// `sort.Strings(x)`: byte-wise order.
fn strings(_: &mut NativeCtx, a: &[Value]) -> R {
    if let Some(s) = slice_arg(&a[0]) {
        sort_store(s, |x, y| x.str().cmp(y.str()));
    }
    Ok(NativeOut::None)
}

/// `sort.Float64s(x)`: Go (`slices.Sort`) orders NaNs before everything else.
fn float64s(_: &mut NativeCtx, a: &[Value]) -> R {
    if let Some(s) = slice_arg(&a[0]) {
        sort_store(s, |x, y| {
            let (x, y) = (x.float(), y.float());
            match (x.is_nan(), y.is_nan()) {
                (true, true) => Ordering::Equal,
                (true, false) => Ordering::Less,
                (false, true) => Ordering::Greater,
                _ => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
            }
        });
    }
    Ok(NativeOut::None)
}

/// The slice inside `x any`, or Go's reflect panic if `x` is not a slice.
fn any_slice<'a>(
    ctx: &NativeCtx,
    x: &'a Value,
    method: &str,
) -> Result<Option<&'a Slice>, crate::vm::panic::Panic> {
    if let Value::Iface(i) = x {
        if matches!(ctx.types().under(i.ty), Type::Slice(_)) {
            return Ok(slice_arg(&i.val));
        }
        let kind = ctx.types().type_string(ctx.types().underlying(i.ty), false);
        return Err(panic_str(&format!(
            "reflect: call of reflect.Value.{method} on {kind} Value"
        )));
    }
    Err(panic_str(&format!(
        "reflect: call of reflect.Value.{method} on zero Value"
    )))
}

/// `sliceLen(x any) int`.
fn slice_len(ctx: &mut NativeCtx, a: &[Value]) -> R {
    int(any_slice(ctx, &a[0], "Len")?.map_or(0, |s| s.len as i64))
}

/// `sliceSwap(x any, i, j int)`: aggregates are copied (a slot keeps its
/// own memory, so `&x[i]` still points at index i afterwards).
fn slice_swap(ctx: &mut NativeCtx, a: &[Value]) -> R {
    let Some(s) = any_slice(ctx, &a[0], "Index")? else {
        return Err(ctx.prog().index_error(a[1].int(), 0));
    };
    let (i, j, n) = (a[1].int(), a[2].int(), s.len as i64);
    for k in [i, j] {
        if !(0..n).contains(&k) {
            return Err(ctx.prog().index_error(k, n as usize));
        }
    }
    let (i, j) = (s.off as usize + i as usize, s.off as usize + j as usize);
    let x = deep_copy(&s.store.load(i));
    let y = deep_copy(&s.store.load(j));
    s.store.store(i, y);
    s.store.store(j, x);
    Ok(NativeOut::None)
}

/// `bitsLen(x uint) int`: math/bits.Len, the bits needed to represent x.
fn bits_len(_: &mut NativeCtx, a: &[Value]) -> R {
    int(64 - (a[0].int() as u64).leading_zeros() as i64)
}

pub fn natives() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("sort.Ints", ints as NativeFn),
        ("sort.Strings", strings),
        ("sort.Float64s", float64s),
        ("sort.sliceLen", slice_len),
        ("sort.sliceSwap", slice_swap),
        ("sort.bitsLen", bits_len),
    ]
}
