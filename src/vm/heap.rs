//! Memory: the stores behind structs, arrays, slices, escaping variables
//! (cells) and `new(T)`.
//!
//! A `Store` is a fixed-size sequence of slots shared by every goroutine
//! that can reach it. Slots use interior mutability that is safe across
//! threads without a global lock: integers, floats, bools and bytes are
//! relaxed atomics (plain loads and stores on x86: racy, as in Go, but never
//! undefined behaviour); every other slot is a `parking_lot::Mutex<Value>`
//! held only for the load or store of that one slot (so two locks are never
//! held at once and there is nothing to deadlock on).
//!
//! Invariant (see `value.rs`): a slot typed as a struct or array holds an
//! `Agg` whose store it owns for its whole life. Storing an aggregate into
//! such a slot copies into the existing store instead of replacing it, so
//! pointers to the inner aggregate stay valid. `Store::store` does this by
//! itself: if the old value is an `Agg`, the new one is copied into it.

use super::value::Value;
use parking_lot::Mutex;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU8, AtomicU64, Ordering::Relaxed};

pub enum Store {
    /// `uint8` elements (`[]byte`, `[N]byte`).
    Bytes(Box<[AtomicU8]>),
    /// All other integer types.
    Ints(Box<[AtomicI64]>),
    /// float32 and float64, as f64 bits.
    Floats(Box<[AtomicU64]>),
    Bools(Box<[AtomicBool]>),
    /// Everything else, and struct fields of mixed types.
    Vals(Box<[Mutex<Value>]>),
}

/// Which `Store` variant holds elements of a type.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ElemKind {
    Bytes,
    Ints,
    Floats,
    Bools,
    Vals,
}

impl Store {
    /// A store of `n` slots each holding (a deep copy of) `zero`.
    pub fn new(kind: ElemKind, n: usize, zero: &Value) -> Store {
        match kind {
            ElemKind::Bytes => {
                Store::Bytes((0..n).map(|_| AtomicU8::new(zero.int() as u8)).collect())
            }
            ElemKind::Ints => Store::Ints((0..n).map(|_| AtomicI64::new(zero.int())).collect()),
            ElemKind::Floats => Store::Floats(
                (0..n)
                    .map(|_| AtomicU64::new(zero.float().to_bits()))
                    .collect(),
            ),
            ElemKind::Bools => Store::Bools((0..n).map(|_| AtomicBool::new(zero.bool())).collect()),
            ElemKind::Vals => Store::Vals((0..n).map(|_| Mutex::new(deep_copy(zero))).collect()),
        }
    }

    /// A struct's store: one slot per field, each its own zero value.
    pub fn from_values(vals: Vec<Value>) -> Store {
        Store::Vals(vals.into_iter().map(Mutex::new).collect())
    }

    /// A struct's store from its field values, in one allocation (an exact
    /// size iterator collects straight into the boxed slice).
    pub fn from_fields(vals: impl ExactSizeIterator<Item = Value>) -> Store {
        Store::Vals(vals.map(Mutex::new).collect())
    }

    pub fn from_bytes(b: &[u8]) -> Store {
        Store::Bytes(b.iter().map(|&x| AtomicU8::new(x)).collect())
    }

    pub fn kind(&self) -> ElemKind {
        match self {
            Store::Bytes(_) => ElemKind::Bytes,
            Store::Ints(_) => ElemKind::Ints,
            Store::Floats(_) => ElemKind::Floats,
            Store::Bools(_) => ElemKind::Bools,
            Store::Vals(_) => ElemKind::Vals,
        }
    }

    pub fn len(&self) -> usize {
        match self {
            Store::Bytes(v) => v.len(),
            Store::Ints(v) => v.len(),
            Store::Floats(v) => v.len(),
            Store::Bools(v) => v.len(),
            Store::Vals(v) => v.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The value in slot `i` (callers check bounds: `i < len`).
    /// An aggregate slot yields a reference to its store, not a copy.
    #[inline]
    pub fn load(&self, i: usize) -> Value {
        match self {
            Store::Bytes(v) => Value::Int(v[i].load(Relaxed) as i64),
            Store::Ints(v) => Value::Int(v[i].load(Relaxed)),
            Store::Floats(v) => Value::Float(f64::from_bits(v[i].load(Relaxed))),
            Store::Bools(v) => Value::Bool(v[i].load(Relaxed)),
            Store::Vals(v) => v[i].lock().clone(),
        }
    }

    /// Set slot `i`. An aggregate slot is copied into, never replaced.
    #[inline]
    pub fn store(&self, i: usize, val: Value) {
        match self {
            Store::Bytes(v) => v[i].store(val.int() as u8, Relaxed),
            Store::Ints(v) => v[i].store(val.int(), Relaxed),
            Store::Floats(v) => v[i].store(val.float().to_bits(), Relaxed),
            Store::Bools(v) => v[i].store(val.bool(), Relaxed),
            Store::Vals(v) => {
                let mut slot = v[i].lock();
                if let (Value::Agg(dst), Value::Agg(src)) = (&*slot, &val) {
                    let dst = dst.clone();
                    drop(slot);
                    copy_into(&dst, src);
                    return;
                }
                let old = std::mem::replace(&mut *slot, val);
                drop(slot);
                drop(old); // dropped outside the lock: it may free a large graph
            }
        }
    }

    /// The runtime-owned state in slot `i`, created by `init` on first use
    /// (atomically: two goroutines racing get the same state).
    pub fn get_or_init(&self, i: usize, init: impl FnOnce() -> Value) -> Value {
        match self {
            Store::Vals(v) => {
                let mut slot = v[i].lock();
                if !matches!(&*slot, Value::Native(_)) {
                    *slot = init();
                }
                slot.clone()
            }
            _ => init(),
        }
    }

    /// Run `f` on slot `i` under its lock (for `atomic.Value`); scalar slots
    /// get a temporary copy that is written back.
    pub fn with_slot<R>(&self, i: usize, f: impl FnOnce(&mut Value) -> R) -> R {
        match self {
            Store::Vals(v) => f(&mut v[i].lock()),
            _ => {
                let mut t = self.load(i);
                let r = f(&mut t);
                self.store(i, t);
                r
            }
        }
    }

    /// Atomically replace the integer in slot `i` by `f(old)` (if `Some`);
    /// returns the old value. Integer slots use a CAS loop; other slots do
    /// the update under the slot's lock (so all atomic ops on it serialise).
    pub fn atomic_update(&self, i: usize, mut f: impl FnMut(i64) -> Option<i64>) -> i64 {
        match self {
            Store::Ints(v) => match v[i].fetch_update(
                std::sync::atomic::Ordering::SeqCst,
                std::sync::atomic::Ordering::SeqCst,
                &mut f,
            ) {
                Ok(old) | Err(old) => old,
            },
            Store::Vals(v) => {
                let mut slot = v[i].lock();
                let old = slot.int();
                if let Some(new) = f(old) {
                    *slot = Value::Int(new);
                }
                old
            }
            Store::Bytes(v) => {
                let old = v[i].load(Relaxed) as i64;
                if let Some(new) = f(old) {
                    v[i].store(new as u8, Relaxed);
                }
                old
            }
            _ => 0,
        }
    }

    /// Set slots `[off, off + b.len())` to the bytes of `b` (`append(buf,
    /// s...)`, `copy(buf, s)`): one relaxed store per byte for a byte
    /// store, no `Value`s.
    pub fn write_bytes(&self, off: usize, b: &[u8]) {
        match self {
            Store::Bytes(v) => {
                for (d, &x) in v[off..off + b.len()].iter().zip(b) {
                    d.store(x, Relaxed);
                }
            }
            _ => {
                for (i, &x) in b.iter().enumerate() {
                    self.store(off + i, Value::Int(x as i64));
                }
            }
        }
    }

    /// Bytes `[off, off+n)` of a byte store (used for `string(b)`).
    pub fn bytes(&self, off: usize, n: usize) -> Vec<u8> {
        match self {
            Store::Bytes(v) => v[off..off + n].iter().map(|b| b.load(Relaxed)).collect(),
            _ => (off..off + n).map(|i| self.load(i).int() as u8).collect(),
        }
    }

    /// A deep copy of the whole store (nested aggregates copied too).
    pub fn clone_deep(&self) -> Store {
        match self {
            Store::Bytes(v) => {
                Store::Bytes(v.iter().map(|x| AtomicU8::new(x.load(Relaxed))).collect())
            }
            Store::Ints(v) => {
                Store::Ints(v.iter().map(|x| AtomicI64::new(x.load(Relaxed))).collect())
            }
            Store::Floats(v) => {
                Store::Floats(v.iter().map(|x| AtomicU64::new(x.load(Relaxed))).collect())
            }
            Store::Bools(v) => {
                Store::Bools(v.iter().map(|x| AtomicBool::new(x.load(Relaxed))).collect())
            }
            Store::Vals(v) => Store::Vals(
                v.iter()
                    .map(|x| Mutex::new(deep_copy(&x.lock().clone())))
                    .collect(),
            ),
        }
    }

    /// A new store of `cap` slots of `kind`: the first `n` copied from
    /// `self[off..off+n]`, the rest set to (copies of) `zero`. For append.
    pub fn grow_from(&self, off: usize, n: usize, cap: usize, zero: &Value) -> Store {
        let s = Store::new(self.kind(), cap, zero);
        copy_range(&s, 0, self, off, n);
        s
    }
}

/// Copy `n` slots from `src[soff..]` to `dst[doff..]`, as `memmove` (the
/// ranges may overlap within one store). Aggregates are copied into.
pub fn copy_range(dst: &Store, doff: usize, src: &Store, soff: usize, n: usize) {
    let same = std::ptr::eq(dst, src);
    if same && doff == soff {
        return;
    }
    match (dst, src) {
        (Store::Bytes(d), Store::Bytes(s)) => move_atomic(n, same && doff > soff, |i| {
            d[doff + i].store(s[soff + i].load(Relaxed), Relaxed)
        }),
        (Store::Ints(d), Store::Ints(s)) => move_atomic(n, same && doff > soff, |i| {
            d[doff + i].store(s[soff + i].load(Relaxed), Relaxed)
        }),
        (Store::Floats(d), Store::Floats(s)) => move_atomic(n, same && doff > soff, |i| {
            d[doff + i].store(s[soff + i].load(Relaxed), Relaxed)
        }),
        _ => move_atomic(n, same && doff > soff, |i| {
            dst.store(doff + i, deep_copy(&src.load(soff + i)))
        }),
    }
}

fn move_atomic(n: usize, backwards: bool, mut f: impl FnMut(usize)) {
    if backwards {
        for i in (0..n).rev() {
            f(i)
        }
    } else {
        for i in 0..n {
            f(i)
        }
    }
}

/// Copy the contents of aggregate `src` into aggregate `dst` (`*p = v`,
/// `x = y` for structs and arrays). Same shape guaranteed by the checker.
pub fn copy_into(dst: &Arc<Store>, src: &Arc<Store>) {
    if Arc::ptr_eq(dst, src) {
        return;
    }
    let n = dst.len().min(src.len());
    copy_range(dst, 0, src, 0, n);
}

/// Read a value into a new location: aggregates are copied, everything
/// else is shared (strings are immutable; pointers, maps... are references).
#[inline]
pub fn deep_copy(v: &Value) -> Value {
    match v {
        Value::Agg(s) => Value::Agg(Arc::new(s.clone_deep())),
        other => other.clone(),
    }
}

/// A cell for an escaping scalar variable: a one-slot store.
pub fn new_cell(v: Value) -> Arc<Store> {
    Arc::new(match &v {
        Value::Int(i) => Store::Ints(Box::new([AtomicI64::new(*i)])),
        Value::Float(f) => Store::Floats(Box::new([AtomicU64::new(f.to_bits())])),
        Value::Bool(b) => Store::Bools(Box::new([AtomicBool::new(*b)])),
        _ => Store::Vals(Box::new([Mutex::new(v)])),
    })
}

/// Set every slot of an aggregate to its zero value (for `clear` on a slice
/// of structs or arrays): zero of each slot's current kind.
pub fn clear_store(st: &Store) {
    for i in 0..st.len() {
        let z = match st.load(i) {
            Value::Int(_) => Value::Int(0),
            Value::Float(_) => Value::Float(0.0),
            Value::Bool(_) => Value::Bool(false),
            Value::Str(_) => super::value::str_value(b""),
            Value::Agg(inner) => {
                clear_store(&inner);
                continue;
            }
            _ => Value::Nil,
        };
        st.store(i, z);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aggregates_copy_into() {
        let inner = Arc::new(Store::from_values(vec![Value::Int(1), Value::Int(2)]));
        let outer = Arc::new(Store::from_values(vec![
            Value::Agg(inner.clone()),
            Value::Int(3),
        ]));
        let other = Arc::new(Store::from_values(vec![Value::Int(7), Value::Int(8)]));
        outer.store(0, Value::Agg(other));
        // the inner store is the same object, updated in place
        assert_eq!(inner.load(0).int(), 7);
        let copy = deep_copy(&Value::Agg(outer.clone()));
        let Value::Agg(c) = copy else { panic!() };
        let Value::Agg(ci) = c.load(0) else { panic!() };
        ci.store(1, Value::Int(99));
        assert_eq!(inner.load(1).int(), 8);
    }

    #[test]
    fn overlapping_move() {
        let s = Store::new(ElemKind::Ints, 5, &Value::Int(0));
        for i in 0..5 {
            s.store(i, Value::Int(i as i64));
        }
        copy_range(&s, 1, &s, 0, 4);
        let v: Vec<i64> = (0..5).map(|i| s.load(i).int()).collect();
        assert_eq!(v, vec![0, 0, 1, 2, 3]);
    }
}
