//! Go maps: hash tables keyed by any comparable value.
//!
//! A `GoMap` keeps its entries in insertion order (a vector with tombstones)
//! plus a hash index from `Key` to position. Iteration walks the vector, so
//! the spec's rules for mutation during `range` hold: an entry deleted
//! before it is reached is never produced (its slot is a tombstone), and an
//! entry added during iteration may or may not be produced (it is appended,
//! so here it is). Compaction (when tombstones outnumber live entries)
//! renumbers positions; iterators notice through `generation` and find their place
//! again by sequence number, which is strictly increasing along the vector.
//! Go randomises iteration order; we use insertion order, which no correct
//! program can tell apart.
//!
//! `Key` is the hashable form of a comparable value. Floats: `-0 == +0`, and
//! every NaN is a distinct key (so `m[NaN] = 1` twice adds two entries, and a
//! NaN lookup never finds anything), as in Go. An interface key whose
//! dynamic type is not comparable is a run-time panic (`hash of unhashable
//! type []int`); the caller reports it with the type from `KeyError`.

use super::value::{Str, Value};
use crate::types::ty::TypeId;
use parking_lot::Mutex;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Key {
    Nil,
    Bool(bool),
    Int(i64),
    Float(u64),
    /// A NaN: unique, never found again.
    NaN(u64),
    Str(Str),
    Tuple(Box<[Key]>),
    /// Pointers and channels: identity.
    Addr(usize, u32),
    /// An interface value: dynamic type and value.
    Typed(TypeId, Box<Key>),
}

/// Hashing an interface holding an uncomparable dynamic type.
#[derive(Debug)]
pub struct KeyError(pub TypeId);

static NAN_SEQ: AtomicU64 = AtomicU64::new(0);

impl Key {
    pub fn of(v: &Value) -> Result<Key, KeyError> {
        Ok(match v {
            Value::Nil => Key::Nil,
            Value::Bool(b) => Key::Bool(*b),
            Value::Int(i) => Key::Int(*i),
            Value::Float(f) => {
                if f.is_nan() {
                    Key::NaN(NAN_SEQ.fetch_add(1, Ordering::Relaxed))
                } else if *f == 0.0 {
                    Key::Float(0)
                } else {
                    Key::Float(f.to_bits())
                }
            }
            Value::Str(s) => Key::Str(s.clone()),
            Value::Agg(s) => {
                let mut ks = Vec::with_capacity(s.len());
                for i in 0..s.len() {
                    ks.push(Key::of(&s.load(i))?);
                }
                Key::Tuple(ks.into())
            }
            Value::Ptr(p) => Key::Addr(Arc::as_ptr(&p.store) as *const u8 as usize, p.idx),
            Value::Chan(c) => Key::Addr(Arc::as_ptr(c) as *const u8 as usize, 0),
            Value::Iface(i) => match &i.val {
                Value::Slice(_) | Value::Map(_) | Value::Func(_) => return Err(KeyError(i.ty)),
                inner => Key::Typed(i.ty, Box::new(Key::of(inner).map_err(|_| KeyError(i.ty))?)),
            },
            Value::Map(m) => Key::Addr(Arc::as_ptr(m) as usize, 0),
            Value::Func(f) => Key::Addr(Arc::as_ptr(f) as *const u8 as usize, 0),
            Value::Slice(s) => Key::Addr(Arc::as_ptr(&s.store) as *const u8 as usize, s.off),
            Value::Native(n) => Key::Addr(Arc::as_ptr(n) as *const u8 as usize, 0),
        })
    }
}

/// FxHash (rustc's hasher) to combine words, with a folded multiply in
/// `finish`. Plain Fx leaves the low bits of the hash depending only on the
/// low bytes of the last word, and hashbrown picks buckets from the low
/// bits: the 84k distinct words of `benches/go/maps_strings.go` ("ka17",
/// "kalomi", ...) fell into 128 buckets, and every lookup was a long probe
/// of `memcmp`s. Folding the 128-bit product spreads every input bit over
/// the whole hash (62k buckets for the same keys).
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(b));
        }
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.0 = (self.0.rotate_left(5) ^ i).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn write_u8(&mut self, i: u8) {
        self.write_u64(i as u64)
    }
    fn write_u32(&mut self, i: u32) {
        self.write_u64(i as u64)
    }
    fn write_usize(&mut self, i: usize) {
        self.write_u64(i as u64)
    }
    fn write_i64(&mut self, i: i64) {
        self.write_u64(i as u64)
    }
    #[inline]
    fn finish(&self) -> u64 {
        let x = (self.0 as u128).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        ((x >> 64) as u64) ^ (x as u64)
    }
}

pub type FxBuild = BuildHasherDefault<FxHasher>;

struct Entry {
    key: Key,
    k: Value,
    v: Value,
    seq: u64,
}

#[derive(Default)]
struct Inner {
    index: HashMap<Key, usize, FxBuild>,
    entries: Vec<Option<Entry>>,
    live: usize,
    next_seq: u64,
    generation: u64,
}

#[derive(Default)]
pub struct GoMap {
    inner: Mutex<Inner>,
}

/// Position of a `range` over a map.
pub struct MapIter {
    pub map: Arc<GoMap>,
    pos: usize,
    last_seq: Option<u64>,
    generation: u64,
}

impl GoMap {
    pub fn new() -> GoMap {
        GoMap::default()
    }

    pub fn len(&self) -> usize {
        self.inner.lock().live
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, key: &Key) -> Option<Value> {
        let g = self.inner.lock();
        let i = *g.index.get(key)?;
        g.entries[i].as_ref().map(|e| e.v.clone())
    }

    /// Insert or replace. `v` must already be a fresh copy.
    pub fn set(&self, key: Key, k: Value, v: Value) {
        use std::collections::hash_map::Entry as E;
        let mut guard = self.inner.lock();
        if guard.entries.len() >= 16 && guard.entries.len() - guard.live > guard.live {
            guard.compact();
        }
        let g = &mut *guard;
        // one hash and probe for both the update and the insert
        let old = match g.index.entry(key) {
            // invariant: the index holds only positions of live entries
            E::Occupied(o) => g.entries[*o.get()]
                .as_mut()
                .map(|e| std::mem::replace(&mut e.v, v)),
            E::Vacant(slot) => {
                let seq = g.next_seq;
                g.next_seq += 1;
                let key = slot.key().clone();
                slot.insert(g.entries.len());
                g.entries.push(Some(Entry { key, k, v, seq }));
                g.live += 1;
                None
            }
        };
        drop(guard);
        drop(old); // outside the lock: it may free a large graph
    }

    pub fn delete(&self, key: &Key) {
        let mut g = self.inner.lock();
        if let Some(i) = g.index.remove(key) {
            let old = g.entries[i].take();
            g.live -= 1;
            if g.live == 0 {
                g.entries.clear();
                g.generation += 1;
            }
            drop(g);
            drop(old);
        }
    }

    pub fn clear(&self) {
        let mut g = self.inner.lock();
        g.index.clear();
        let old = std::mem::take(&mut g.entries);
        g.live = 0;
        g.generation += 1;
        drop(g);
        drop(old);
    }

    /// All entries (key, value) in iteration order: for fmt, which sorts them.
    pub fn entries(&self) -> Vec<(Value, Value)> {
        let g = self.inner.lock();
        g.entries
            .iter()
            .flatten()
            .map(|e| (e.k.clone(), e.v.clone()))
            .collect()
    }

    pub fn iter(self: &Arc<Self>) -> MapIter {
        let generation = self.inner.lock().generation;
        MapIter {
            map: self.clone(),
            pos: 0,
            last_seq: None,
            generation,
        }
    }
}

impl Inner {
    fn compact(&mut self) {
        self.entries.retain(|e| e.is_some());
        self.index.clear();
        for (i, e) in self.entries.iter().enumerate() {
            // invariant: retain kept only Some entries
            if let Some(e) = e {
                self.index.insert(e.key.clone(), i);
            }
        }
        self.generation += 1;
    }
}

impl MapIter {
    /// The next (key, value), or `None` at the end.
    pub fn next_entry(&mut self) -> Option<(Value, Value)> {
        let g = self.map.inner.lock();
        if g.generation != self.generation {
            self.generation = g.generation;
            self.pos = match self.last_seq {
                None => 0,
                Some(s) => g
                    .entries
                    .partition_point(|e| e.as_ref().is_none_or(|e| e.seq <= s)),
            };
        }
        while self.pos < g.entries.len() {
            let p = self.pos;
            self.pos += 1;
            if let Some(e) = &g.entries[p] {
                self.last_seq = Some(e.seq);
                return Some((e.k.clone(), e.v.clone()));
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delete_during_iteration() {
        let m = Arc::new(GoMap::new());
        for i in 0..100 {
            m.set(Key::Int(i), Value::Int(i), Value::Int(i * 10));
        }
        let mut it = m.iter();
        let mut seen = 0;
        while let Some((k, _)) = it.next_entry() {
            seen += 1;
            // delete every entry not yet reached, after the first
            if k.int() == 0 {
                for j in 1..100 {
                    m.delete(&Key::Int(j));
                }
                m.set(Key::Int(1000), Value::Int(1000), Value::Int(0));
            }
        }
        assert_eq!(seen, 2);
        assert_eq!(m.len(), 2);
    }

    #[test]
    fn nan_keys_are_distinct() {
        let m = GoMap::new();
        m.set(
            Key::of(&Value::Float(f64::NAN)).unwrap(),
            Value::Float(f64::NAN),
            Value::Int(1),
        );
        m.set(
            Key::of(&Value::Float(f64::NAN)).unwrap(),
            Value::Float(f64::NAN),
            Value::Int(2),
        );
        assert_eq!(m.len(), 2);
        assert!(m.get(&Key::of(&Value::Float(f64::NAN)).unwrap()).is_none());
        assert_eq!(
            Key::of(&Value::Float(-0.0)).unwrap(),
            Key::of(&Value::Float(0.0)).unwrap()
        );
    }
}
