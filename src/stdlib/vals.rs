//! Conversions between VM values and the Rust types the sequential
//! packages' natives work on: argument readers (`[]byte`, `[]string`,
//! `[]int` out of a `Value::Slice`), result builders (fresh slices, Go
//! panics with a string value), and storing through a pointer.

use crate::types::ty::TypeTable;
use crate::vm::heap::{Store, copy_into, deep_copy};
use crate::vm::native::NativeOut;
use crate::vm::panic::Panic;
use crate::vm::value::{Iface, Ptr, Slice, Value, WHOLE, str_value};
use std::sync::Arc;

/// The native's result type, for brevity.
pub type R = Result<NativeOut, Panic>;

pub fn one(v: Value) -> R {
    Ok(NativeOut::One(v))
}
pub fn int(i: i64) -> R {
    one(Value::Int(i))
}
pub fn boolean(b: bool) -> R {
    one(Value::Bool(b))
}
pub fn float(f: f64) -> R {
    one(Value::Float(f))
}
pub fn string(s: &[u8]) -> R {
    one(str_value(s))
}
pub fn many(v: Vec<Value>) -> R {
    Ok(NativeOut::Many(v))
}

/// A Go panic whose value is the string `msg` (as `panic("...")` in Go).
pub fn panic_str(msg: &str) -> Panic {
    Panic::value(Value::Iface(Arc::new(Iface {
        ty: TypeTable::STRING,
        val: Value::str_from(msg),
    })))
}

/// The bytes of a `[]byte` value (nil is empty).
pub fn bytes_of(v: &Value) -> Vec<u8> {
    match v {
        Value::Slice(s) => s.store.bytes(s.off as usize, s.len as usize),
        _ => Vec::new(),
    }
}

/// The elements of a slice value (nil is empty). Aggregates are shared,
/// not copied.
pub fn elems_of(v: &Value) -> Vec<Value> {
    match v {
        Value::Slice(s) => (0..s.len as usize)
            .map(|i| s.store.load(s.off as usize + i))
            .collect(),
        _ => Vec::new(),
    }
}

/// A fresh slice (len == cap) over `store`.
pub fn slice_of(store: Store) -> Value {
    let n = store.len() as u32;
    Value::Slice(Slice::new(Arc::new(store), 0, n, n))
}

/// A fresh `[]byte`.
pub fn byte_slice(b: &[u8]) -> Value {
    slice_of(Store::from_bytes(b))
}

/// A fresh `[]string`.
pub fn string_slice<B: AsRef<[u8]>>(items: impl IntoIterator<Item = B>) -> Value {
    slice_of(Store::from_values(
        items.into_iter().map(|s| str_value(s.as_ref())).collect(),
    ))
}

/// A fresh `[]int` (or any integer element type but `byte`).
pub fn int_slice(items: &[i64]) -> Value {
    use std::sync::atomic::AtomicI64;
    slice_of(Store::Ints(
        items.iter().map(|&i| AtomicI64::new(i)).collect(),
    ))
}

/// A fresh `[][]byte`.
pub fn bytes_slice<B: AsRef<[u8]>>(items: impl IntoIterator<Item = B>) -> Value {
    slice_of(Store::from_values(
        items.into_iter().map(|b| byte_slice(b.as_ref())).collect(),
    ))
}

/// `*p = v` for a pointer value.
pub fn store_through(p: &Ptr, v: &Value) {
    if p.idx == WHOLE {
        if let Value::Agg(src) = v {
            copy_into(&p.store, src);
        }
    } else {
        p.store.store(p.idx as usize, deep_copy(v));
    }
}

/// `*p` for a pointer value (aggregates are shared, not copied).
pub fn load_through(p: &Ptr) -> Value {
    if p.idx == WHOLE {
        Value::Agg(p.store.clone())
    } else {
        p.store.load(p.idx as usize)
    }
}

/// A Go rune argument (an `int32` kept in an `i64`).
pub fn rune_arg(v: &Value) -> i32 {
    v.int() as i32
}
