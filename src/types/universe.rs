//! The universe scope: predeclared types (`bool`, `int`, ..., `byte` and
//! `rune` as aliases, `any`, `error`), constants (`true`, `false`, `iota`),
//! `nil`, and the builtin functions.

use super::check::Checker;
use super::info::{Builtin, ConstValue, ObjKind};
use super::ty::{TypeId, TypeTable};
use crate::syntax::ast::Span;

impl<'a> Checker<'a> {
    pub(super) fn init_universe(&mut self) {
        let u = self.universe;
        let types: [(&str, TypeId); 22] = [
            ("bool", TypeTable::BOOL),
            ("int", TypeTable::INT),
            ("int8", TypeTable::INT8),
            ("int16", TypeTable::INT16),
            ("int32", TypeTable::INT32),
            ("int64", TypeTable::INT64),
            ("uint", TypeTable::UINT),
            ("uint8", TypeTable::UINT8),
            ("uint16", TypeTable::UINT16),
            ("uint32", TypeTable::UINT32),
            ("uint64", TypeTable::UINT64),
            ("uintptr", TypeTable::UINTPTR),
            ("float32", TypeTable::FLOAT32),
            ("float64", TypeTable::FLOAT64),
            ("complex64", TypeTable::COMPLEX64),
            ("complex128", TypeTable::COMPLEX128),
            ("string", TypeTable::STRING),
            ("byte", TypeTable::UINT8),
            ("rune", TypeTable::INT32),
            ("error", TypeTable::ERROR),
            ("any", TypeTable::EMPTY_INTERFACE),
            ("comparable", TypeTable::INVALID),
        ];
        for (name, ty) in types {
            if name == "comparable" {
                continue;
            }
            let o = self.new_obj(ObjKind::TypeName, name, ty, Span::default());
            self.declare_in(u, name, o);
        }
        for (name, v) in [("true", true), ("false", false)] {
            let o = self.new_obj(
                ObjKind::Const(ConstValue::Bool(v)),
                name,
                TypeTable::UNTYPED_BOOL,
                Span::default(),
            );
            self.declare_in(u, name, o);
        }
        let iota = self.new_obj(
            ObjKind::Const(ConstValue::Int(0.into())),
            "iota",
            TypeTable::UNTYPED_INT,
            Span::default(),
        );
        self.declare_in(u, "iota", iota);
        let nil = self.new_obj(ObjKind::Nil, "nil", TypeTable::UNTYPED_NIL, Span::default());
        self.declare_in(u, "nil", nil);
        use Builtin::*;
        for (name, b) in [
            ("append", Append),
            ("cap", Cap),
            ("clear", Clear),
            ("close", Close),
            ("complex", Complex),
            ("copy", Copy),
            ("delete", Delete),
            ("imag", Imag),
            ("len", Len),
            ("make", Make),
            ("max", Max),
            ("min", Min),
            ("new", New),
            ("panic", Panic),
            ("print", Print),
            ("println", Println),
            ("real", Real),
            ("recover", Recover),
        ] {
            let o = self.new_obj(
                ObjKind::Builtin(b),
                name,
                TypeTable::INVALID,
                Span::default(),
            );
            self.declare_in(u, name, o);
        }
        // The method of the predeclared `error` interface.
        let sig = match self.types.under(TypeTable::ERROR) {
            super::ty::Type::Interface(ms) => {
                ms.first().map(|m| m.sig).unwrap_or(TypeTable::INVALID)
            }
            _ => TypeTable::INVALID,
        };
        let m = self.new_obj(
            ObjKind::Func {
                native: false,
                has_recv: true,
            },
            "Error",
            sig,
            Span::default(),
        );
        self.error_method = Some(m);
        self.iface_methods
            .insert((self.types.underlying(TypeTable::ERROR), 0), m);
    }

    /// The universe's `iota` object (its value depends on the const spec).
    pub fn is_iota(&self, obj: super::ty::ObjId) -> bool {
        self.scopes[self.universe.0 as usize].names.get("iota") == Some(&obj)
    }
}
