//! Values: what a register, a slot of memory, a map entry or an interface
//! holds. `Value` is 24 bytes, `Send + Sync`, and reference counted.
//!
//! The model (see also `heap.rs`):
//! - Scalars are immediate: `Bool`, `Int` (every integer type; unsigned
//!   values are stored as their bit pattern, zero-extended; instructions wrap
//!   per type), `Float` (float32 values are kept rounded to f32).
//! - Strings are immutable byte strings (`Str`, an `Arc<[u8]>`); they may hold
//!   invalid UTF-8. Substrings copy.
//! - Structs and arrays are *memory*: a `Value::Agg` is a reference to a
//!   `Store` that holds the fields or elements. A register, slot or variable
//!   typed as an aggregate owns its store for its whole life; assigning to it
//!   copies into that store (`heap::copy_into`), and reading it into a new
//!   location copies (`heap::deep_copy`). So Go's value semantics hold while
//!   `&x`, `&s.f`, `&a[i]` and `a[:]` alias the same memory.
//! - `Ptr` points to slot `idx` of a store, or to the whole store (an
//!   aggregate) when `idx == WHOLE`. Pointers compare by identity.
//! - `Slice` is a window on a store (the backing array).
//! - `Nil` is the zero value of pointers, maps, channels, funcs, slices and
//!   interfaces.
//! - `Iface` is a non-nil interface value: dynamic type and value.
//!
//! Memory is reclaimed by reference counting: cycles (a doubly linked list,
//! a struct pointing to itself) leak. That is an accepted limitation.

use super::heap::Store;
use super::map::GoMap;
use crate::types::ty::TypeId;
use std::any::Any;
use std::sync::Arc;
use std::sync::OnceLock;

/// `Ptr::idx` for a pointer to a whole aggregate store.
pub const WHOLE: u32 = u32::MAX;

#[derive(Clone, Default)]
pub enum Value {
    #[default]
    Nil,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Str),
    /// A struct or array: reference to its memory.
    Agg(Arc<Store>),
    Slice(Slice),
    Ptr(Ptr),
    Map(Arc<GoMap>),
    Chan(Arc<dyn Any + Send + Sync>),
    Func(Arc<Closure>),
    Iface(Arc<Iface>),
    /// Runtime-owned state (iterators, timers, sync primitives).
    Native(Arc<dyn Any + Send + Sync>),
}

/// A Go string: immutable bytes.
pub type Str = Arc<[u8]>;

/// The shared empty string (so zero values do not allocate).
pub fn empty_str() -> Str {
    static EMPTY: OnceLock<Str> = OnceLock::new();
    EMPTY.get_or_init(|| Arc::from(&b""[..])).clone()
}

pub fn str_value(s: &[u8]) -> Value {
    if s.is_empty() {
        Value::Str(empty_str())
    } else {
        Value::Str(Arc::from(s))
    }
}

/// A slice header. `repr(C)` with the niche byte first: `Value`'s tag then
/// lives in byte 0 (for every variant), so `Value` stays 24 bytes and tag
/// checks are one byte compare.
#[derive(Clone)]
#[repr(C)]
pub struct Slice {
    pub niche: Niche,
    pub off: u32,
    pub store: Arc<Store>,
    pub len: u32,
    pub cap: u32,
}

/// A one-value byte: gives `Value` a niche for its discriminant.
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum Niche {
    #[default]
    N = 0,
}

impl Slice {
    pub fn new(store: Arc<Store>, off: u32, len: u32, cap: u32) -> Slice {
        Slice {
            store,
            off,
            len,
            cap,
            niche: Niche::N,
        }
    }
}

#[derive(Clone)]
pub struct Ptr {
    pub store: Arc<Store>,
    /// Slot index, or `WHOLE`.
    pub idx: u32,
}

impl Ptr {
    pub fn same(&self, other: &Ptr) -> bool {
        Arc::ptr_eq(&self.store, &other.store) && self.idx == other.idx
    }
    /// An address for `%p` and hashing.
    pub fn addr(&self) -> usize {
        Arc::as_ptr(&self.store) as *const u8 as usize
            + if self.idx == WHOLE {
                0
            } else {
                self.idx as usize * 8 + 8
            }
    }
}

/// A non-nil interface value.
pub struct Iface {
    pub ty: TypeId,
    pub val: Value,
}

/// What a function value calls.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Callee {
    /// Index in `Program::funcs`.
    Go(u32),
    /// Index in `Program::natives`.
    Native(u32),
}

/// A function value: a function, its captured variables, and for a method
/// value the bound receiver (passed as the first argument).
pub struct Closure {
    pub callee: Callee,
    /// Captured variables: cells (`Ptr`) for scalars, `Agg` for aggregates.
    pub captures: Box<[Value]>,
    pub recv: Option<Value>,
}

impl Value {
    /// The integer in an `Int` (typed instructions guarantee it; anything
    /// else, which only a compiler bug could produce, reads as 0).
    #[inline(always)]
    pub fn int(&self) -> i64 {
        if let Value::Int(i) = self {
            *i
        } else {
            self.int_slow()
        }
    }
    #[cold]
    fn int_slow(&self) -> i64 {
        match self {
            Value::Bool(b) => *b as i64,
            Value::Float(f) => *f as i64,
            _ => 0,
        }
    }
    #[inline(always)]
    pub fn float(&self) -> f64 {
        if let Value::Float(f) = self {
            *f
        } else {
            self.int_slow() as f64
        }
    }
    #[inline(always)]
    pub fn bool(&self) -> bool {
        if let Value::Bool(b) = self {
            *b
        } else {
            self.int_slow() != 0
        }
    }
    pub fn str(&self) -> &[u8] {
        match self {
            Value::Str(s) => s,
            _ => b"",
        }
    }
    pub fn is_nil(&self) -> bool {
        matches!(self, Value::Nil)
    }
    pub fn str_from(s: &str) -> Value {
        str_value(s.as_bytes())
    }
    /// Short name of the variant, for internal error messages.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Value::Nil => "nil",
            Value::Bool(_) => "bool",
            Value::Int(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "string",
            Value::Agg(_) => "aggregate",
            Value::Slice(_) => "slice",
            Value::Ptr(_) => "pointer",
            Value::Map(_) => "map",
            Value::Chan(_) => "chan",
            Value::Func(_) => "func",
            Value::Iface(_) => "interface",
            Value::Native(_) => "native",
        }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Nil => write!(f, "nil"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x:?}"),
            Value::Str(s) => write!(f, "{:?}", String::from_utf8_lossy(s)),
            Value::Agg(s) => write!(f, "agg[{}]", s.len()),
            Value::Slice(s) => write!(f, "slice[{}:{}:{}]", s.off, s.len, s.cap),
            Value::Ptr(p) => write!(f, "ptr({:#x})", p.addr()),
            Value::Iface(i) => write!(f, "iface({}, {:?})", i.ty.0, i.val),
            other => write!(f, "{}", other.kind_name()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn value_is_24_bytes_and_sync() {
        assert_eq!(std::mem::size_of::<Value>(), 24);
        fn is_send_sync<T: Send + Sync>() {}
        is_send_sync::<Value>();
    }
}
