//! Opcode bodies that are more than one line: comparison of arbitrary
//! values, indexing and slicing with Go's bounds errors, `append` with Go's
//! capacity growth, `copy`, UTF-8 decoding and string conversions.

use super::heap::{ElemKind, Store, copy_range};
use super::panic::Panic;
use super::program::Program;
use super::types_rt::{comparable, elem_kind, grow_cap, has_pointers, size_align};
use super::value::{Ptr, Slice, Value, WHOLE, str_value};
use crate::types::ty::{Type, TypeId};
use std::sync::Arc;

/// `a == b` for any comparable values. Comparing interfaces whose dynamic
/// type is not comparable panics, as in Go.
pub fn values_equal(prog: &Program, a: &Value, b: &Value) -> Result<bool, Panic> {
    Ok(match (a, b) {
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x == y,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::Nil, Value::Nil) => true,
        (Value::Ptr(x), Value::Ptr(y)) => x.same(y),
        // pointers to arrays inside a slice's store (slices themselves are
        // not comparable)
        (Value::Slice(x), Value::Slice(y)) => Arc::ptr_eq(&x.store, &y.store) && x.off == y.off,
        (Value::Chan(x), Value::Chan(y)) => Arc::ptr_eq(x, y),
        (Value::Agg(x), Value::Agg(y)) => {
            if Arc::ptr_eq(x, y) {
                // still must panic on uncomparable contents; equal otherwise
            }
            for i in 0..x.len().min(y.len()) {
                if !values_equal(prog, &x.load(i), &y.load(i))? {
                    return Ok(false);
                }
            }
            true
        }
        (Value::Iface(x), Value::Iface(y)) => {
            if x.ty != y.ty {
                return Ok(false);
            }
            if !comparable(&prog.types, x.ty) {
                return Err(prog.runtime_error(&format!(
                    "comparing uncomparable type {}",
                    prog.types.type_string(x.ty, true)
                )));
            }
            values_equal(prog, &x.val, &y.val)?
        }
        _ => false,
    })
}

/// Slice to array conversions (Go 1.17 `(*[N]T)(s)`, Go 1.20 `[N]T(s)`):
/// `len(s) < N` panics; `[N]T(s)` copies `s[:N]`; `(*[N]T)(s)` points into
/// `s`'s array (nil for a nil slice). A pointer to a whole store is a
/// `Ptr`; one to part of a store is an "array view": a `Slice` value with
/// `len == cap == N`, which indexing, slicing and `Load`/`Store` accept.
pub fn slice_to_array(prog: &Program, s: &Value, ty: TypeId) -> Result<Value, Panic> {
    let types = &prog.types;
    let (arr_ty, to_ptr) = match types.under(ty) {
        Type::Pointer(e) => (*e, true),
        _ => (ty, false),
    };
    let Type::Array { len: n, .. } = types.under(arr_ty) else {
        unreachable!("slice_to_array to a non-array type")
    };
    let n = *n as usize;
    let len = match s {
        Value::Slice(s) => s.len as usize,
        _ => 0,
    };
    if len < n {
        return Err(prog.runtime_error(&format!(
            "cannot convert slice with length {len} to array or pointer to array with length {n}"
        )));
    }
    let Value::Slice(s) = s else {
        // a nil slice: a nil pointer, or the zero [0]T
        return Ok(if to_ptr {
            Value::Nil
        } else {
            prog.zero(arr_ty)
        });
    };
    if !to_ptr {
        let a = prog.zero(arr_ty);
        if let Value::Agg(st) = &a {
            copy_range(st, 0, &s.store, s.off as usize, n);
        }
        return Ok(a);
    }
    Ok(if s.off == 0 && s.store.len() == n {
        Value::Ptr(Ptr {
            store: s.store.clone(),
            idx: WHOLE,
        })
    } else {
        Value::Slice(Slice {
            len: n as u32,
            cap: n as u32,
            ..s.clone()
        })
    })
}

/// `*p` for an array view (see `slice_to_array`): a copy of its elements.
pub fn load_array_view(s: &Slice) -> Value {
    let n = s.len as usize;
    Value::Agg(Arc::new(s.store.grow_from(
        s.off as usize,
        n,
        n,
        &Value::Nil,
    )))
}

/// `*p = a` for an array view.
pub fn store_array_view(s: &Slice, a: &Value) {
    if let Value::Agg(src) = a {
        copy_range(&s.store, s.off as usize, src, 0, s.len as usize);
    }
}

/// Equality that never panics (for `[recovered, repanicked]` detection).
pub fn values_equal_nopanic(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x == y,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::Nil, Value::Nil) => true,
        (Value::Ptr(x), Value::Ptr(y)) => x.same(y),
        (Value::Agg(x), Value::Agg(y)) => Arc::ptr_eq(x, y),
        (Value::Iface(x), Value::Iface(y)) => Arc::ptr_eq(x, y),
        _ => false,
    }
}

/// The store and slot of `v[i]` for an array, a slice or a pointer to an array.
#[inline]
pub fn elem_slot<'a>(
    prog: &Program,
    v: &'a Value,
    i: i64,
) -> Result<(&'a Arc<Store>, usize), Panic> {
    match v {
        Value::Slice(s) => {
            if i < 0 || i >= s.len as i64 {
                return Err(prog.index_error(i, s.len as usize));
            }
            Ok((&s.store, s.off as usize + i as usize))
        }
        Value::Agg(st)
        | Value::Ptr(Ptr {
            store: st,
            idx: WHOLE,
        }) => {
            if i < 0 || i as usize >= st.len() {
                return Err(prog.index_error(i, st.len()));
            }
            Ok((st, i as usize))
        }
        Value::Nil => Err(prog.index_error(i, 0)),
        _ => Err(prog.nil_deref()),
    }
}

fn neg_or(x: i64, neg: &str, fmt: impl FnOnce() -> String) -> String {
    if x < 0 {
        neg.replace("%x", &x.to_string())
    } else {
        fmt()
    }
}

/// `x[lo:hi:max]` for slices, arrays (`Agg`, or a pointer to one) and
/// strings; `None` bounds are omitted ones.
pub fn slice_op(
    prog: &Program,
    x: &Value,
    lo: Option<i64>,
    hi: Option<i64>,
    max: Option<i64>,
) -> Result<Value, Panic> {
    // (store, off, len, cap, is_string_or_array) of the operand
    if let Value::Str(s) = x {
        let len = s.len() as i64;
        let l = lo.unwrap_or(0);
        let h = hi.unwrap_or(len);
        check_bounds(prog, l, h, None, len, len, true)?;
        return Ok(str_value(&s[l as usize..h as usize]));
    }
    let (store, off, len, cap, is_array) = match x {
        Value::Slice(s) => (
            Some(s.store.clone()),
            s.off as i64,
            s.len as i64,
            s.cap as i64,
            false,
        ),
        Value::Agg(st)
        | Value::Ptr(Ptr {
            store: st,
            idx: WHOLE,
        }) => (Some(st.clone()), 0, st.len() as i64, st.len() as i64, true),
        Value::Nil => (None, 0, 0, 0, false),
        _ => return Err(prog.nil_deref()),
    };
    let l = lo.unwrap_or(0);
    let h = hi.unwrap_or(len);
    check_bounds(prog, l, h, max, len, cap, is_array)?;
    let m = max.unwrap_or(cap);
    match store {
        None => Ok(Value::Nil),
        Some(store) => Ok(Value::Slice(Slice::new(
            store,
            (off + l) as u32,
            (h - l) as u32,
            (m - l) as u32,
        ))),
    }
}

fn check_bounds(
    prog: &Program,
    l: i64,
    h: i64,
    max: Option<i64>,
    len: i64,
    cap: i64,
    by_len: bool,
) -> Result<(), Panic> {
    let what = if by_len { "length" } else { "capacity" };
    let limit = if by_len { len } else { cap };
    match max {
        None => {
            if h < 0 || h > limit {
                return Err(prog.bounds_error(neg_or(
                    h,
                    "slice bounds out of range [:%x]",
                    || format!("slice bounds out of range [:{h}] with {what} {limit}"),
                )));
            }
            if l < 0 || l > h {
                return Err(prog.bounds_error(neg_or(
                    l,
                    "slice bounds out of range [%x:]",
                    || format!("slice bounds out of range [{l}:{h}]"),
                )));
            }
        }
        Some(m) => {
            if m < 0 || m > limit {
                return Err(prog.bounds_error(neg_or(
                    m,
                    "slice bounds out of range [::%x]",
                    || format!("slice bounds out of range [::{m}] with {what} {limit}"),
                )));
            }
            if h < 0 || h > m {
                return Err(prog.bounds_error(neg_or(
                    h,
                    "slice bounds out of range [:%x:]",
                    || format!("slice bounds out of range [:{h}:{m}]"),
                )));
            }
            if l < 0 || l > h {
                return Err(prog.bounds_error(neg_or(
                    l,
                    "slice bounds out of range [%x::]",
                    || format!("slice bounds out of range [{l}:{h}:]"),
                )));
            }
        }
    }
    Ok(())
}

pub fn len_of(v: &Value) -> i64 {
    match v {
        Value::Str(s) => s.len() as i64,
        Value::Slice(s) => s.len as i64,
        Value::Agg(st)
        | Value::Ptr(Ptr {
            store: st,
            idx: WHOLE,
        }) => st.len() as i64,
        Value::Map(m) => m.len() as i64,
        Value::Chan(c) => super::chan::chan_len(c),
        _ => 0,
    }
}

pub fn cap_of(v: &Value) -> i64 {
    match v {
        Value::Slice(s) => s.cap as i64,
        Value::Agg(st)
        | Value::Ptr(Ptr {
            store: st,
            idx: WHOLE,
        }) => st.len() as i64,
        Value::Chan(c) => super::chan::chan_cap(c),
        _ => 0,
    }
}

/// Element type of a slice or array type.
pub fn elem_type(prog: &Program, ty: TypeId) -> TypeId {
    match prog.types.under(ty) {
        Type::Slice(e) | Type::Array { elem: e, .. } => *e,
        Type::Pointer(p) => elem_type(prog, *p),
        _ => ty,
    }
}

/// `make([]T, len, cap)`.
pub fn make_slice(prog: &Program, slice_ty: TypeId, len: i64, cap: i64) -> Result<Value, Panic> {
    if len < 0 || len > u32::MAX as i64 / 2 {
        return Err(prog.runtime_error("makeslice: len out of range"));
    }
    if cap < len || cap > u32::MAX as i64 / 2 {
        return Err(prog.runtime_error("makeslice: cap out of range"));
    }
    let et = elem_type(prog, slice_ty);
    let zero = prog.zero(et);
    let store = Arc::new(Store::new(elem_kind(&prog.types, et), cap as usize, &zero));
    Ok(Value::Slice(Slice::new(store, 0, len as u32, cap as u32)))
}

/// `append(s, vals...)` with Go's growth; `slice_ty` is the slice's type.
pub fn append(prog: &Program, s: &Value, vals: &[Value], slice_ty: TypeId) -> Result<Value, Panic> {
    let n = vals.len();
    if n == 0 {
        return Ok(s.clone());
    }
    let (store, off, len, cap) = reserve(prog, s, n, slice_ty);
    for (i, v) in vals.iter().enumerate() {
        store.store(off + len + i, v.clone());
    }
    Ok(Value::Slice(Slice::new(
        store,
        off as u32,
        (len + n) as u32,
        cap as u32,
    )))
}

/// The backing store, offset, length and capacity for appending `n`
/// elements to slice `s` (a new, larger store if they do not fit).
fn reserve(
    prog: &Program,
    s: &Value,
    n: usize,
    slice_ty: TypeId,
) -> (Arc<Store>, usize, usize, usize) {
    let (store, off, len, cap) = match s {
        Value::Slice(s) => (
            Some(&s.store),
            s.off as usize,
            s.len as usize,
            s.cap as usize,
        ),
        _ => (None, 0, 0, 0),
    };
    let new_len = len + n;
    match store {
        Some(st) if new_len <= cap => (st.clone(), off, len, cap),
        _ => {
            let (st, off, cap) = grow(prog, store.map(|s| &**s), off, len, new_len, cap, slice_ty);
            (st, off, len, cap)
        }
    }
}

/// A new backing for `new_len` elements holding the old `len` ones.
fn grow(
    prog: &Program,
    old: Option<&Store>,
    off: usize,
    len: usize,
    new_len: usize,
    old_cap: usize,
    slice_ty: TypeId,
) -> (Arc<Store>, usize, usize) {
    let et = elem_type(prog, slice_ty);
    let (size, _) = size_align(&prog.types, et);
    let new_cap = grow_cap(new_len, old_cap, size, has_pointers(&prog.types, et));
    let zero = prog.zero(et);
    let st = match old {
        Some(o) => o.grow_from(off, len, new_cap, &zero),
        None => Store::new(elem_kind(&prog.types, et), new_cap, &zero),
    };
    (Arc::new(st), 0, new_cap)
}

/// `append(s, t...)` where `t` is a slice or (for `[]byte`) a string.
pub fn append_slice(
    prog: &Program,
    s: &Value,
    t: &Value,
    slice_ty: TypeId,
) -> Result<Value, Panic> {
    let n = match t {
        Value::Str(b) => b.len(),
        Value::Slice(t) => t.len as usize,
        _ => 0,
    };
    if n == 0 {
        // append(nil, empty...) stays nil; otherwise unchanged
        return Ok(s.clone());
    }
    let (store, off, len, cap) = reserve(prog, s, n, slice_ty);
    // Bulk copies (no `Value` per element): `strings.Builder.WriteString`
    // is this instruction. `copy_range` is a memmove, so `append(s,
    // s[i:]...)` within one store is right.
    match t {
        Value::Str(b) => store.write_bytes(off + len, b),
        Value::Slice(t) => copy_range(&store, off + len, &t.store, t.off as usize, n),
        _ => {}
    }
    Ok(Value::Slice(Slice::new(
        store,
        off as u32,
        (len + n) as u32,
        cap as u32,
    )))
}

/// `copy(dst, src)`: the number of elements copied.
pub fn copy_slice(dst: &Value, src: &Value) -> i64 {
    let Value::Slice(d) = dst else { return 0 };
    match src {
        Value::Slice(s) => {
            let n = d.len.min(s.len) as usize;
            copy_range(&d.store, d.off as usize, &s.store, s.off as usize, n);
            n as i64
        }
        Value::Str(b) => {
            let n = (d.len as usize).min(b.len());
            d.store.write_bytes(d.off as usize, &b[..n]);
            n as i64
        }
        _ => 0,
    }
}

/// Decode one rune of `s` at byte `i` as Go does: `(U+FFFD, 1)` for invalid
/// UTF-8 (including surrogates and overlong forms).
pub fn decode_rune(s: &[u8], i: usize) -> (i64, usize) {
    let b = &s[i.min(s.len())..];
    if b.is_empty() {
        return (0xFFFD, 0);
    }
    let c0 = b[0];
    if c0 < 0x80 {
        return (c0 as i64, 1);
    }
    let (n, min, init) = match c0 {
        0xC2..=0xDF => (2, 0x80, (c0 & 0x1F) as u32),
        0xE0..=0xEF => (3, 0x800, (c0 & 0x0F) as u32),
        0xF0..=0xF4 => (4, 0x10000, (c0 & 0x07) as u32),
        _ => return (0xFFFD, 1),
    };
    if b.len() < n {
        return (0xFFFD, 1);
    }
    let mut r = init;
    for &c in &b[1..n] {
        if c & 0xC0 != 0x80 {
            return (0xFFFD, 1);
        }
        r = (r << 6) | (c & 0x3F) as u32;
    }
    if r < min || r > 0x10FFFF || (0xD800..=0xDFFF).contains(&r) {
        return (0xFFFD, 1);
    }
    (r as i64, n)
}

/// UTF-8 encoding of a rune; invalid code points become U+FFFD.
pub fn encode_rune(r: i64, out: &mut Vec<u8>) {
    let c = if (0..=0x10FFFF).contains(&r) && !(0xD800..=0xDFFF).contains(&r) {
        char::from_u32(r as u32).unwrap_or('\u{FFFD}')
    } else {
        '\u{FFFD}'
    };
    let mut buf = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}

pub fn str_to_runes(s: &[u8]) -> Value {
    let mut runes = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let (r, w) = decode_rune(s, i);
        runes.push(r);
        i += w;
    }
    let n = runes.len();
    let st = Store::new(ElemKind::Ints, n, &Value::Int(0));
    for (i, r) in runes.into_iter().enumerate() {
        st.store(i, Value::Int(r));
    }
    Value::Slice(Slice::new(Arc::new(st), 0, n as u32, n as u32))
}

pub fn runes_to_str(v: &Value) -> Value {
    let mut out = Vec::new();
    if let Value::Slice(s) = v {
        for i in 0..s.len as usize {
            encode_rune(s.store.load(s.off as usize + i).int(), &mut out);
        }
    }
    str_value(&out)
}

pub fn bytes_to_str(v: &Value) -> Value {
    match v {
        Value::Slice(s) => str_value(&s.store.bytes(s.off as usize, s.len as usize)),
        _ => str_value(b""),
    }
}

pub fn str_to_bytes(s: &[u8]) -> Value {
    let n = s.len();
    Value::Slice(Slice::new(
        Arc::new(Store::from_bytes(s)),
        0,
        n as u32,
        n as u32,
    ))
}

/// Narrow an integer to `bits`, sign- or zero-extending back to 64 bits.
#[inline]
pub fn wrap(x: i64, bits: u8, signed: bool) -> i64 {
    match (bits, signed) {
        (8, true) => x as i8 as i64,
        (16, true) => x as i16 as i64,
        (32, true) => x as i32 as i64,
        (8, false) => x as u8 as i64,
        (16, false) => x as u16 as i64,
        (32, false) => x as u32 as i64,
        _ => x,
    }
}

/// `float -> int64` as Go on amd64 (out of range gives the "indefinite"
/// value 0x8000000000000000).
pub fn float_to_int(f: f64) -> i64 {
    if f.is_nan() || !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&f) {
        i64::MIN
    } else {
        f as i64
    }
}

pub fn float_to_uint(f: f64) -> i64 {
    if f < 9.223_372_036_854_776e18 {
        float_to_int(f)
    } else if f < 1.844_674_407_370_955_2e19 {
        // amd64: subtract 2^63, convert, flip the top bit
        ((f - 9.223_372_036_854_776e18) as i64 as u64 ^ (1u64 << 63)) as i64
    } else {
        i64::MIN
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn utf8_decoding() {
        assert_eq!(decode_rune("é".as_bytes(), 0), (0xE9, 2));
        assert_eq!(decode_rune(b"\xff", 0), (0xFFFD, 1));
        assert_eq!(decode_rune(b"\xed\xa0\x80", 0), (0xFFFD, 1)); // surrogate
        assert_eq!(decode_rune(b"\xc0\x80", 0), (0xFFFD, 1)); // overlong
        assert_eq!(decode_rune("世".as_bytes(), 0), (0x4E16, 3));
    }
    #[test]
    fn wrapping() {
        assert_eq!(wrap(128, 8, true), -128);
        assert_eq!(wrap(-1, 8, false), 255);
        assert_eq!(wrap(1 << 32, 32, false), 0);
    }
}
