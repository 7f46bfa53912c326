//! Package `bytes`: the native byte-slice functions (`Buffer` is Go in
//! `decls/bytes.go`). They share the byte-string algorithms of
//! `strings.rs`; results that Go returns as subslices of the input
//! (`Split`, `Fields`, `TrimSpace`) alias the input's memory here too.

use super::strings;
use super::vals::{R, boolean, byte_slice, bytes_of, elems_of, int, one, slice_of};
use crate::vm::heap::Store;
use crate::vm::native::{NativeCtx, NativeFn};
use crate::vm::value::{Slice, Value};

/// The window `s[lo:hi:max]` of slice value `v` (which holds `base`'s bytes).
fn window(v: &Value, lo: usize, hi: usize, max: usize) -> Value {
    match v {
        Value::Slice(s) => Value::Slice(Slice::new(
            s.store.clone(),
            s.off + lo as u32,
            (hi - lo) as u32,
            (max - lo) as u32,
        )),
        _ => Value::Nil,
    }
}

/// Offset of subslice `part` within `base`.
fn offset(base: &[u8], part: &[u8]) -> usize {
    part.as_ptr() as usize - base.as_ptr() as usize
}

fn cap_of(v: &Value) -> usize {
    match v {
        Value::Slice(s) => s.cap as usize,
        _ => 0,
    }
}

fn compare(_: &mut NativeCtx, a: &[Value]) -> R {
    int(bytes_of(&a[0]).cmp(&bytes_of(&a[1])) as i64)
}
fn contains(_: &mut NativeCtx, a: &[Value]) -> R {
    boolean(strings::index(&bytes_of(&a[0]), &bytes_of(&a[1])) >= 0)
}
fn equal(_: &mut NativeCtx, a: &[Value]) -> R {
    boolean(bytes_of(&a[0]) == bytes_of(&a[1]))
}
fn has_prefix(_: &mut NativeCtx, a: &[Value]) -> R {
    boolean(bytes_of(&a[0]).starts_with(&bytes_of(&a[1])))
}
fn has_suffix(_: &mut NativeCtx, a: &[Value]) -> R {
    boolean(bytes_of(&a[0]).ends_with(&bytes_of(&a[1])))
}
fn index(_: &mut NativeCtx, a: &[Value]) -> R {
    int(strings::index(&bytes_of(&a[0]), &bytes_of(&a[1])))
}
fn index_byte(_: &mut NativeCtx, a: &[Value]) -> R {
    int(strings::index_byte(&bytes_of(&a[0]), a[1].int() as u8))
}
/// `Join(s [][]byte, sep []byte) []byte`: always a new slice (empty, not nil).
fn join(_: &mut NativeCtx, a: &[Value]) -> R {
    let parts: Vec<Vec<u8>> = elems_of(&a[0]).iter().map(bytes_of).collect();
    if parts.is_empty() {
        return one(slice_of(Store::from_bytes(b"")));
    }
    one(byte_slice(&strings::join(&parts, &bytes_of(&a[1]))))
}
fn repeat(_: &mut NativeCtx, a: &[Value]) -> R {
    one(byte_slice(&strings::repeat(
        &bytes_of(&a[0]),
        a[1].int(),
        "bytes",
    )?))
}
/// `Split(s, sep)`: the pieces alias `s`, each capped at its end (Go's `s[a:b:b]`).
fn split(_: &mut NativeCtx, a: &[Value]) -> R {
    let base = bytes_of(&a[0]);
    let Some(parts) = strings::gen_split(&base, &bytes_of(&a[1]), 0, -1) else {
        return one(Value::Nil);
    };
    let n = parts.len();
    let items: Vec<Value> = parts
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let lo = offset(&base, p);
            // the last piece keeps the rest of s's capacity
            let max = if i + 1 == n {
                cap_of(&a[0])
            } else {
                lo + p.len()
            };
            window(&a[0], lo, lo + p.len(), max)
        })
        .collect();
    one(slice_of(Store::from_values(items)))
}
/// `Fields(s)`: subslices of `s` between Unicode white space.
fn fields(_: &mut NativeCtx, a: &[Value]) -> R {
    let base = bytes_of(&a[0]);
    let items: Vec<Value> = strings::fields(&base)
        .iter()
        .map(|p| {
            let lo = offset(&base, p);
            window(&a[0], lo, lo + p.len(), lo + p.len())
        })
        .collect();
    one(slice_of(Store::from_values(items)))
}
fn to_lower(_: &mut NativeCtx, a: &[Value]) -> R {
    one(byte_slice(&strings::to_lower(&bytes_of(&a[0]))))
}
fn to_upper(_: &mut NativeCtx, a: &[Value]) -> R {
    one(byte_slice(&strings::to_upper(&bytes_of(&a[0]))))
}
/// `TrimSpace(s)`: a subslice of `s`; nil if only white space remains.
fn trim_space(_: &mut NativeCtx, a: &[Value]) -> R {
    let base = bytes_of(&a[0]);
    let t = strings::trim_space(&base);
    if t.is_empty() {
        return one(Value::Nil);
    }
    let lo = offset(&base, t);
    one(window(&a[0], lo, lo + t.len(), cap_of(&a[0])))
}

pub fn natives() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("bytes.Compare", compare as NativeFn),
        ("bytes.Contains", contains),
        ("bytes.Equal", equal),
        ("bytes.HasPrefix", has_prefix),
        ("bytes.HasSuffix", has_suffix),
        ("bytes.Index", index),
        ("bytes.IndexByte", index_byte),
        ("bytes.Join", join),
        ("bytes.Repeat", repeat),
        ("bytes.Split", split),
        ("bytes.Fields", fields),
        ("bytes.ToLower", to_lower),
        ("bytes.ToUpper", to_upper),
        ("bytes.TrimSpace", trim_space),
    ]
}
