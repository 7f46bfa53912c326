//! What the running program needs to know about types: zero values, which
//! store holds elements of a type, Go's sizes (for `append`'s capacity
//! growth), method lookup on dynamic types (with embedding) and interface
//! satisfaction. Results are cached per type in `RtCache`, which is
//! thread-safe (goroutines on several threads share the program).

use super::heap::{ElemKind, Store};
use super::program::Program;
use super::value::{Callee, Value, empty_str};
use crate::types::ty::{BasicKind, Type, TypeId, TypeTable};
use parking_lot::RwLock;
use std::collections::HashMap;
use std::sync::Arc;

/// Method lookups by (dynamic type, name).
type MethodCache = RwLock<HashMap<(TypeId, String), Option<Arc<MethodImpl>>>>;

#[derive(Default)]
pub struct RtCache {
    zeros: RwLock<HashMap<TypeId, Value>>,
    methods: MethodCache,
}

/// How to call method `name` on a value of some dynamic type.
#[derive(Debug, Clone)]
pub struct MethodImpl {
    /// Embedded fields to walk through from the value to the receiver.
    pub path: Vec<u16>,
    pub target: MethodTarget,
    /// The method's signature (a `Type::Func`, receiver left out); `None`
    /// for the runtime error types' built-in methods.
    pub sig: Option<TypeId>,
}

#[derive(Debug, Clone)]
pub enum MethodTarget {
    Func {
        callee: Callee,
        ptr_recv: bool,
    },
    /// Promoted from an embedded interface: dispatch again on that value.
    Iface(String),
    /// The `Error` method of the VM's runtime error types.
    RuntimeError,
}

pub fn elem_kind(types: &TypeTable, ty: TypeId) -> ElemKind {
    match types.under(ty) {
        Type::Basic(k) => match k {
            BasicKind::Uint8 => ElemKind::Bytes,
            BasicKind::Bool | BasicKind::UntypedBool => ElemKind::Bools,
            BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat => ElemKind::Floats,
            k if k.is_integer() => ElemKind::Ints,
            _ => ElemKind::Vals,
        },
        _ => ElemKind::Vals,
    }
}

/// Go's size of a value of type `ty` on a 64-bit machine, and its alignment.
pub fn size_align(types: &TypeTable, ty: TypeId) -> (usize, usize) {
    match types.under(ty) {
        Type::Basic(k) => match k {
            BasicKind::Bool | BasicKind::Int8 | BasicKind::Uint8 => (1, 1),
            BasicKind::Int16 | BasicKind::Uint16 => (2, 2),
            BasicKind::Int32 | BasicKind::Uint32 | BasicKind::Float32 => (4, 4),
            BasicKind::String => (16, 8),
            BasicKind::Complex64 => (8, 4),
            BasicKind::Complex128 => (16, 8),
            _ => (8, 8),
        },
        Type::Slice(_) => (24, 8),
        Type::Interface(_) => (16, 8),
        Type::Array { elem, len } => {
            let (s, a) = size_align(types, *elem);
            (s * (*len).max(0) as usize, a)
        }
        Type::Struct(fields) => {
            let mut off: usize = 0;
            let mut max_a: usize = 1;
            for f in fields {
                let (s, a) = size_align(types, f.ty);
                off = off.div_ceil(a) * a + s;
                max_a = max_a.max(a);
            }
            // a trailing zero-size field gets a byte of padding in Go
            if let Some(last) = fields.last()
                && size_align(types, last.ty).0 == 0
                && off > 0
            {
                off += 1;
            }
            (off.div_ceil(max_a) * max_a, max_a)
        }
        _ => (8, 8),
    }
}

pub fn has_pointers(types: &TypeTable, ty: TypeId) -> bool {
    match types.under(ty) {
        Type::Basic(k) => matches!(k, BasicKind::String | BasicKind::UnsafePointer),
        Type::Array { elem, len } => *len > 0 && has_pointers(types, *elem),
        Type::Struct(fields) => fields.iter().any(|f| has_pointers(types, f.ty)),
        _ => true,
    }
}

/// Go's `nextslicecap` + `roundupsize` (runtime/slice.go, msize.go, Go 1.27).
pub fn grow_cap(new_len: usize, old_cap: usize, elem_size: usize, has_ptrs: bool) -> usize {
    let mut newcap = old_cap;
    let doublecap = newcap + newcap;
    if new_len > doublecap {
        newcap = new_len;
    } else if old_cap < 256 {
        newcap = doublecap;
    } else {
        while newcap < new_len {
            newcap += (newcap + 3 * 256) >> 2;
        }
    }
    if elem_size == 0 {
        return new_len.max(newcap);
    }
    let mem = roundupsize(newcap * elem_size, !has_ptrs);
    mem / elem_size
}

const SIZE_CLASS: [u32; 68] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
    2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];

fn roundupsize(size: usize, noscan: bool) -> usize {
    const MAX_SMALL: usize = 32768;
    const HEADER: usize = 8;
    if size <= MAX_SMALL - HEADER {
        let mut req = size;
        if !noscan && req > 512 {
            req += HEADER;
        }
        // the smallest size class that fits (same result as Go's lookup tables)
        let class = SIZE_CLASS
            .iter()
            .copied()
            .find(|&c| c as usize >= req)
            .unwrap_or(32768) as usize;
        return class - (req - size);
    }
    let page = 8192;
    (size + page - 1) & !(page - 1)
}

impl Program {
    /// The zero value of `ty`; aggregates are fresh stores.
    pub fn zero(&self, ty: TypeId) -> Value {
        if let Some(v) = self.rt_cache.zeros.read().get(&ty) {
            return super::heap::deep_copy(v);
        }
        let v = zero_uncached(&self.types, ty);
        self.rt_cache
            .zeros
            .write()
            .insert(ty, super::heap::deep_copy(&v));
        v
    }

    /// Look up method `name` of dynamic type `ty` (with promotion through
    /// embedded fields).
    pub fn find_method(&self, ty: TypeId, name: &str) -> Option<Arc<MethodImpl>> {
        let key = (ty, name.to_string());
        if let Some(m) = self.rt_cache.methods.read().get(&key) {
            return m.clone();
        }
        let m = self.find_method_uncached(ty, name).map(Arc::new);
        self.rt_cache.methods.write().insert(key, m.clone());
        m
    }

    fn find_method_uncached(&self, ty: TypeId, name: &str) -> Option<MethodImpl> {
        let types = &*self.types;
        let rt = &self.rt;
        if rt.error_types().contains(&ty) {
            let ok = name == "Error" || (name == "RuntimeError" && ty != rt.simple_error);
            return ok.then_some(MethodImpl {
                path: vec![],
                target: MethodTarget::RuntimeError,
                sig: None,
            });
        }
        let base = match types.get(ty) {
            Type::Pointer(e) => *e,
            _ => ty,
        };
        // breadth-first over embedded fields, as Go's method set rules
        let mut level: Vec<(TypeId, Vec<u16>)> = vec![(base, vec![])];
        for _depth in 0..8 {
            let mut next = Vec::new();
            for (t, path) in &level {
                if let Some(n) = types.named(*t)
                    && let Some(m) = n.methods.iter().find(|m| m.name == name)
                {
                    let callee = *self.method_impls.get(&m.obj)?;
                    return Some(MethodImpl {
                        path: path.clone(),
                        target: MethodTarget::Func {
                            callee,
                            ptr_recv: m.ptr_recv,
                        },
                        sig: Some(m.sig),
                    });
                }
                match types.under(*t) {
                    Type::Interface(ms) if !path.is_empty() => {
                        if let Some(m) = ms.iter().find(|m| m.name == name) {
                            return Some(MethodImpl {
                                path: path.clone(),
                                target: MethodTarget::Iface(name.into()),
                                sig: Some(m.sig),
                            });
                        }
                    }
                    Type::Struct(fields) => {
                        for (i, f) in fields.iter().enumerate() {
                            if f.embedded {
                                let ft = match types.get(f.ty) {
                                    Type::Pointer(e) => *e,
                                    _ => f.ty,
                                };
                                let mut p = path.clone();
                                p.push(i as u16);
                                next.push((ft, p));
                            }
                        }
                    }
                    _ => {}
                }
            }
            if next.is_empty() {
                break;
            }
            level = next;
        }
        None
    }

    /// Does dynamic type `ty` implement interface `iface`? `Err(method)`
    /// names the first missing method. Go's rule: each method of the
    /// interface must be in `ty`'s method set with the same name and an
    /// identical signature (signatures are interned, so ids compare).
    pub fn implements(&self, ty: TypeId, iface: TypeId) -> Result<(), String> {
        if let Type::Interface(ms) = self.types.under(iface) {
            for m in ms {
                match self.find_method(ty, &m.name) {
                    Some(mi) if mi.sig.is_some_and(|s| s != m.sig) => {
                        return Err(m.name.clone());
                    }
                    Some(mi) => {
                        if !self.in_method_set(ty, &mi) {
                            return Err(m.name.clone());
                        }
                    }
                    None => return Err(m.name.clone()),
                }
            }
        }
        Ok(())
    }

    /// Is the method found by `find_method(ty, ..)` in `ty`'s method set?
    /// A pointer method is not in the method set of a value type, unless
    /// it is promoted through an embedded pointer.
    pub fn in_method_set(&self, ty: TypeId, mi: &MethodImpl) -> bool {
        !(matches!(mi.target, MethodTarget::Func { ptr_recv: true, .. })
            && !matches!(self.types.get(ty), Type::Pointer(_))
            && !self.path_has_pointer(ty, &mi.path))
    }

    /// Is this method a `func() string` (what `Error` and `String` must be
    /// for `error` and `fmt.Stringer`)?
    pub fn is_string_getter(&self, mi: &MethodImpl) -> bool {
        let Type::Interface(ms) = self.types.under(TypeTable::ERROR) else {
            return false;
        };
        mi.sig
            .is_none_or(|s| ms.first().is_some_and(|e| e.sig == s))
    }

    fn path_has_pointer(&self, ty: TypeId, path: &[u16]) -> bool {
        let mut t = ty;
        for &i in path {
            let Type::Struct(fields) = self.types.under(t) else {
                return false;
            };
            let f = fields[i as usize].ty;
            if matches!(self.types.get(f), Type::Pointer(_)) {
                return true;
            }
            t = f;
        }
        false
    }
}

fn zero_uncached(types: &TypeTable, ty: TypeId) -> Value {
    match types.under(ty) {
        Type::Basic(k) => match k {
            BasicKind::Bool | BasicKind::UntypedBool => Value::Bool(false),
            BasicKind::String | BasicKind::UntypedString => Value::Str(empty_str()),
            BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat => Value::Float(0.0),
            BasicKind::UnsafePointer | BasicKind::UntypedNil | BasicKind::Invalid => Value::Nil,
            _ => Value::Int(0),
        },
        Type::Struct(fields) => Value::Agg(Arc::new(Store::from_values(
            fields.iter().map(|f| zero_uncached(types, f.ty)).collect(),
        ))),
        Type::Array { elem, len } => {
            let z = zero_uncached(types, *elem);
            Value::Agg(Arc::new(Store::new(
                elem_kind(types, *elem),
                (*len).max(0) as usize,
                &z,
            )))
        }
        _ => Value::Nil,
    }
}

/// Can values of this type be compared with `==` (at run time, inside interfaces)?
pub fn comparable(types: &TypeTable, ty: TypeId) -> bool {
    match types.under(ty) {
        Type::Slice(_) | Type::Map { .. } | Type::Func(_) => false,
        Type::Array { elem, .. } => comparable(types, *elem),
        Type::Struct(fields) => fields.iter().all(|f| comparable(types, f.ty)),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn growth_matches_go() {
        // []int from nil, appending one at a time: 1 2 4 8 16 32 ... 512 848
        let mut cap = 0;
        let mut seen = vec![];
        for len in 1..=600 {
            if len > cap {
                cap = grow_cap(len, cap, 8, false);
                seen.push(cap);
            }
        }
        assert_eq!(seen, vec![1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848]);
        // []string of 2 + 2 more with cap 5: no growth; append 5 to nil ints: 6
        assert_eq!(grow_cap(5, 0, 8, false), 6);
        // bytes: 8 then 16, 32, 64
        assert_eq!(grow_cap(1, 0, 1, false), 8);
        assert_eq!(grow_cap(3, 0, 16, true), 3);
    }
}
