//! Field and method lookup through embedded fields (go/types
//! `lookupFieldOrMethod`): breadth-first by embedding depth, with the
//! shallowest match winning, two matches at one depth being ambiguous, and
//! pointer-receiver methods needing an addressable (or pointer) operand.

use super::check::Checker;
use super::info::ObjKind;
use super::ty::{ObjId, Type, TypeId};
use std::collections::{HashMap, HashSet};

#[derive(Clone, Debug)]
pub enum Lookup {
    Field {
        obj: ObjId,
        ty: TypeId,
        index: Vec<usize>,
        indirect: bool,
    },
    Method {
        obj: ObjId,
        sig: TypeId,
        index: Vec<usize>,
        indirect: bool,
        ptr_recv: bool,
        iface: bool,
    },
    NotFound,
    /// Two fields or methods of that name at the shallowest depth.
    Ambiguous,
    /// A method with a pointer receiver, on a value that is not addressable.
    PtrRecvRequired {
        obj: ObjId,
        sig: TypeId,
    },
}

#[derive(Clone)]
struct Embedded {
    typ: TypeId,
    index: Vec<usize>,
    indirect: bool,
    multiples: bool,
}

impl<'a> Checker<'a> {
    /// The field object for field `i` of struct type `st` (created on demand).
    pub fn field_obj(&mut self, st: TypeId, i: usize) -> ObjId {
        let st = self.types.underlying(st);
        if let Some(v) = self.struct_fields.get(&st) {
            if let Some(&o) = v.get(i) {
                return o;
            }
        }
        let fields = match self.types.get(st) {
            Type::Struct(f) => f.clone(),
            _ => Vec::new(),
        };
        let objs: Vec<ObjId> = fields
            .iter()
            .map(|f| {
                self.new_obj(
                    ObjKind::Var {
                        global: false,
                        field: true,
                    },
                    &f.name,
                    f.ty,
                    Default::default(),
                )
            })
            .collect();
        let o = objs.get(i).copied();
        self.struct_fields.insert(st, objs);
        o.unwrap_or_else(|| {
            self.new_obj(
                ObjKind::Var {
                    global: false,
                    field: true,
                },
                "?",
                super::ty::TypeTable::INVALID,
                Default::default(),
            )
        })
    }

    /// The method object of method `i` of interface type `it`.
    pub fn iface_method_obj(&mut self, it: TypeId, i: usize) -> ObjId {
        let it = self.types.underlying(it);
        if let Some(&o) = self.iface_methods.get(&(it, i)) {
            return o;
        }
        let (name, sig) = match self.types.get(it) {
            Type::Interface(ms) => ms
                .get(i)
                .map(|m| (m.name.clone(), m.sig))
                .unwrap_or((String::new(), super::ty::TypeTable::INVALID)),
            _ => (String::new(), super::ty::TypeTable::INVALID),
        };
        let o = self.new_obj(
            ObjKind::Func {
                native: false,
                has_recv: true,
            },
            &name,
            sig,
            Default::default(),
        );
        self.iface_methods.insert((it, i), o);
        o
    }

    /// Look up field or method `name` of a value of type `t`.
    pub fn lookup_field_or_method(&mut self, t: TypeId, addressable: bool, name: &str) -> Lookup {
        if name == "_" {
            return Lookup::NotFound;
        }
        let (typ, is_ptr) = self.deref(t);
        if is_ptr && self.is_interface(typ) {
            return Lookup::NotFound;
        }
        let mut current = vec![Embedded {
            typ,
            index: Vec::new(),
            indirect: is_ptr,
            multiples: false,
        }];
        let mut seen: HashSet<TypeId> = HashSet::new();
        while !current.is_empty() {
            let mut next: Vec<Embedded> = Vec::new();
            let mut found: Option<Lookup> = None;
            for e in &current {
                if let Some(n) = self.types.named(e.typ) {
                    if !seen.insert(e.typ) {
                        continue;
                    }
                    if let Some(i) = n.methods.iter().position(|m| m.name == name) {
                        if found.is_some() || e.multiples {
                            return Lookup::Ambiguous;
                        }
                        let m = &n.methods[i];
                        let mut index = e.index.clone();
                        index.push(i);
                        found = Some(Lookup::Method {
                            obj: m.obj,
                            sig: m.sig,
                            index,
                            indirect: e.indirect,
                            ptr_recv: m.ptr_recv,
                            iface: false,
                        });
                        continue;
                    }
                }
                match self.types.under(e.typ).clone() {
                    Type::Struct(fields) => {
                        for (i, f) in fields.iter().enumerate() {
                            if f.name == name {
                                if found.is_some() || e.multiples {
                                    return Lookup::Ambiguous;
                                }
                                let mut index = e.index.clone();
                                index.push(i);
                                let obj = self.field_obj(e.typ, i);
                                found = Some(Lookup::Field {
                                    obj,
                                    ty: f.ty,
                                    index,
                                    indirect: e.indirect,
                                });
                                continue;
                            }
                            if found.is_none() && f.embedded {
                                let (ft, p) = self.deref(f.ty);
                                let mut index = e.index.clone();
                                index.push(i);
                                next.push(Embedded {
                                    typ: ft,
                                    index,
                                    indirect: e.indirect || p,
                                    multiples: e.multiples,
                                });
                            }
                        }
                    }
                    Type::Interface(ms) => {
                        if let Some(i) = ms.iter().position(|m| m.name == name) {
                            if found.is_some() || e.multiples {
                                return Lookup::Ambiguous;
                            }
                            let mut index = e.index.clone();
                            index.push(i);
                            let obj = self.iface_method_obj(e.typ, i);
                            found = Some(Lookup::Method {
                                obj,
                                sig: ms[i].sig,
                                index,
                                indirect: e.indirect,
                                ptr_recv: false,
                                iface: true,
                            });
                        }
                    }
                    _ => {}
                }
            }
            if let Some(f) = found {
                if let Lookup::Method {
                    ptr_recv: true,
                    indirect: false,
                    obj,
                    sig,
                    ..
                } = &f
                {
                    if !addressable {
                        return Lookup::PtrRecvRequired {
                            obj: *obj,
                            sig: *sig,
                        };
                    }
                }
                return f;
            }
            // consolidate: a type reached twice at one depth is ambiguous
            let mut counts: HashMap<TypeId, usize> = HashMap::new();
            let mut order: Vec<Embedded> = Vec::new();
            for e in next {
                match counts.get(&e.typ) {
                    Some(&i) => order[i].multiples = true,
                    None => {
                        counts.insert(e.typ, order.len());
                        order.push(e);
                    }
                }
            }
            current = order;
        }
        Lookup::NotFound
    }

    /// A field or method whose name differs from `name` only in case (for hints).
    pub fn lookup_fold_case(&mut self, t: TypeId, name: &str) -> Option<(String, bool)> {
        let (typ, _) = self.deref(t);
        let mut cands: Vec<(String, bool)> = Vec::new();
        if let Some(n) = self.types.named(typ) {
            cands.extend(n.methods.iter().map(|m| (m.name.clone(), true)));
        }
        if let Some(n) = self.types.named(t) {
            cands.extend(n.methods.iter().map(|m| (m.name.clone(), true)));
        }
        match self.types.under(typ) {
            Type::Struct(fields) => cands.extend(fields.iter().map(|f| (f.name.clone(), false))),
            Type::Interface(ms) => cands.extend(ms.iter().map(|m| (m.name.clone(), true))),
            _ => {}
        }
        cands
            .into_iter()
            .find(|(c, _)| c != name && c.eq_ignore_ascii_case(name))
    }
}
