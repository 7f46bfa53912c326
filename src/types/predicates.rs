//! Type predicates of the Go spec: untyped/default types, numeric, string,
//! boolean and ordered types, comparability, `hasNil`, and identity with
//! struct tags ignored (for conversions).

use super::check::Checker;
use super::ty::{BasicKind, Type, TypeId, TypeTable};

impl<'a> Checker<'a> {
    pub fn basic_kind(&self, t: TypeId) -> Option<BasicKind> {
        self.types.basic(t)
    }

    pub fn is_untyped(&self, t: TypeId) -> bool {
        matches!(self.types.get(t), Type::Basic(k) if k.is_untyped())
    }

    pub fn is_typed(&self, t: TypeId) -> bool {
        !self.is_untyped(t)
    }

    pub fn is_valid(&self, t: TypeId) -> bool {
        t != TypeTable::INVALID && self.types.underlying(t) != TypeTable::INVALID
    }

    pub fn is_boolean(&self, t: TypeId) -> bool {
        matches!(
            self.basic_kind(t),
            Some(BasicKind::Bool | BasicKind::UntypedBool)
        )
    }

    pub fn is_string(&self, t: TypeId) -> bool {
        matches!(
            self.basic_kind(t),
            Some(BasicKind::String | BasicKind::UntypedString)
        )
    }

    pub fn is_integer(&self, t: TypeId) -> bool {
        self.basic_kind(t).is_some_and(|k| k.is_integer())
    }

    pub fn is_unsigned(&self, t: TypeId) -> bool {
        self.basic_kind(t).is_some_and(|k| k.is_unsigned())
    }

    pub fn is_float(&self, t: TypeId) -> bool {
        self.basic_kind(t).is_some_and(|k| k.is_float())
    }

    pub fn is_complex(&self, t: TypeId) -> bool {
        matches!(
            self.basic_kind(t),
            Some(BasicKind::Complex64 | BasicKind::Complex128)
        )
    }

    pub fn is_numeric(&self, t: TypeId) -> bool {
        self.is_integer(t) || self.is_float(t) || self.is_complex(t)
    }

    pub fn is_ordered(&self, t: TypeId) -> bool {
        self.is_integer(t) || self.is_float(t) || self.is_string(t)
    }

    /// A type whose values may be constants: booleans, numbers, strings.
    pub fn is_const_type(&self, t: TypeId) -> bool {
        self.is_boolean(t) || self.is_numeric(t) || self.is_string(t)
    }

    pub fn is_interface(&self, t: TypeId) -> bool {
        self.types.is_interface(t)
    }

    pub fn is_pointer(&self, t: TypeId) -> bool {
        matches!(self.types.under(t), Type::Pointer(_))
    }

    pub fn is_named(&self, t: TypeId) -> bool {
        self.types.named(t).is_some() || matches!(self.types.get(t), Type::Basic(_))
    }

    /// `[]byte` or `[]rune` (by underlying element type).
    pub fn is_bytes_or_runes(&self, t: TypeId) -> bool {
        match self.types.under(t) {
            Type::Slice(e) => matches!(
                self.basic_kind(*e),
                Some(BasicKind::Uint8 | BasicKind::Int32)
            ),
            _ => false,
        }
    }

    /// The type an untyped constant gets when nothing else says which.
    pub fn default_type(&self, t: TypeId) -> TypeId {
        match self.types.get(t) {
            Type::Basic(k) => match k {
                BasicKind::UntypedBool => TypeTable::BOOL,
                BasicKind::UntypedInt => TypeTable::INT,
                BasicKind::UntypedRune => TypeTable::INT32,
                BasicKind::UntypedFloat => TypeTable::FLOAT64,
                BasicKind::UntypedString => TypeTable::STRING,
                _ => t,
            },
            _ => t,
        }
    }

    /// Types that have `nil` as a value.
    pub fn has_nil(&self, t: TypeId) -> bool {
        matches!(
            self.types.under(t),
            Type::Pointer(_)
                | Type::Slice(_)
                | Type::Map { .. }
                | Type::Chan { .. }
                | Type::Func(_)
                | Type::Interface(_)
        ) || matches!(
            self.basic_kind(t),
            Some(BasicKind::UnsafePointer | BasicKind::UntypedNil)
        )
    }

    /// Go's comparable types (`==` defined).
    pub fn comparable(&self, t: TypeId) -> bool {
        self.comparable_depth(t, 0)
    }

    fn comparable_depth(&self, t: TypeId, depth: u32) -> bool {
        if depth > 50 {
            return true;
        }
        match self.types.under(t) {
            Type::Basic(k) => *k != BasicKind::UntypedNil,
            Type::Pointer(_) | Type::Chan { .. } | Type::Interface(_) => true,
            Type::Struct(fields) => fields
                .iter()
                .all(|f| self.comparable_depth(f.ty, depth + 1)),
            Type::Array { elem, .. } => self.comparable_depth(*elem, depth + 1),
            _ => false,
        }
    }

    /// Why `t` is not comparable, as go/types words it.
    pub fn incomparable_cause(&self, t: TypeId) -> String {
        match self.types.under(t) {
            Type::Slice(_) | Type::Func(_) | Type::Map { .. } => {
                format!("{} can only be compared to nil", self.kind_string(t))
            }
            _ => {
                // a struct or array with an incomparable part
                let mut cur = t;
                for _ in 0..50 {
                    match self.types.under(cur) {
                        Type::Struct(fields) => {
                            match fields.iter().find(|f| !self.comparable(f.ty)) {
                                Some(f) => {
                                    if matches!(
                                        self.types.under(f.ty),
                                        Type::Struct(_) | Type::Array { .. }
                                    ) {
                                        cur = f.ty;
                                        continue;
                                    }
                                    return format!(
                                        "struct containing {} cannot be compared",
                                        self.type_str(f.ty)
                                    );
                                }
                                None => break,
                            }
                        }
                        Type::Array { elem, .. } => {
                            if matches!(
                                self.types.under(*elem),
                                Type::Struct(_) | Type::Array { .. }
                            ) {
                                cur = *elem;
                                continue;
                            }
                            return format!("{} cannot be compared", self.type_str(t));
                        }
                        _ => break,
                    }
                }
                format!("operator == not defined on {}", self.kind_string(t))
            }
        }
    }

    /// `slice`, `func`, `map`, or the type itself (go/types `kindString`).
    pub fn kind_string(&self, t: TypeId) -> String {
        match self.types.under(t) {
            Type::Slice(_) => "slice".into(),
            Type::Func(_) => "func".into(),
            Type::Map { .. } => "map".into(),
            Type::Chan { .. } => "chan".into(),
            Type::Struct(_) => "struct".into(),
            Type::Array { .. } => "array".into(),
            Type::Interface(_) => "interface".into(),
            Type::Pointer(_) => "pointer".into(),
            _ => self.type_str(t),
        }
    }

    /// Type identity with struct tags ignored.
    pub fn identical_ignore_tags(&self, a: TypeId, b: TypeId) -> bool {
        if a == b {
            return true;
        }
        match (self.types.get(a), self.types.get(b)) {
            (Type::Struct(fa), Type::Struct(fb)) => {
                fa.len() == fb.len()
                    && fa.iter().zip(fb).all(|(x, y)| {
                        x.name == y.name
                            && x.embedded == y.embedded
                            && self.identical_ignore_tags(x.ty, y.ty)
                    })
            }
            (Type::Pointer(x), Type::Pointer(y)) => self.identical_ignore_tags(*x, *y),
            (Type::Slice(x), Type::Slice(y)) => self.identical_ignore_tags(*x, *y),
            (Type::Array { elem: x, len: lx }, Type::Array { elem: y, len: ly }) => {
                lx == ly && self.identical_ignore_tags(*x, *y)
            }
            _ => false,
        }
    }

    /// The element type and whether `t` is a pointer: `*T` gives `(T, true)`.
    pub fn deref(&self, t: TypeId) -> (TypeId, bool) {
        match self.types.get(t) {
            Type::Pointer(e) => (*e, true),
            _ => (t, false),
        }
    }

    pub fn signature(&self, t: TypeId) -> Option<&super::ty::Signature> {
        match self.types.under(t) {
            Type::Func(s) => Some(s),
            _ => None,
        }
    }

    /// The interface methods of `t` (empty if not an interface).
    pub fn iface_methods(&self, t: TypeId) -> Vec<super::ty::IMethod> {
        match self.types.under(t) {
            Type::Interface(ms) => ms.clone(),
            _ => Vec::new(),
        }
    }
}
