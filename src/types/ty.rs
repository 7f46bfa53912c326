//! Go types, interned in one table so that type identity is `TypeId` equality.
//!
//! The table is built by the checker and then shared, read-only, by the
//! compiler and the running program (`Arc<TypeTable>`): the VM needs it for
//! interface values (dynamic type identity in assertions and type switches,
//! method lookup) and fmt needs it to print values (`%v`, `%+v`, `%T`).
//!
//! Interning: every composite type is hash-consed, so two spellings of
//! `[]map[string]int` get the same `TypeId`. Named types are never merged:
//! each `type T ...` declaration creates a new `Named` entry, created first
//! with an invalid underlying type and completed with `set_underlying` (this
//! is how recursive types such as `type Node struct{ next *Node }` are built).
//! Interfaces are stored with their complete, name-sorted method set.

use crate::syntax::ast::ChanDir;
use std::collections::HashMap;

/// Index of a type in the `TypeTable`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct TypeId(pub u32);

/// Index of an object (variable, constant, type name, function, package
/// name, builtin, label) in `Info::objects`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct ObjId(pub u32);

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum BasicKind {
    Invalid,
    Bool,
    Int,
    Int8,
    Int16,
    Int32, // also `rune`
    Int64,
    Uint,
    Uint8, // also `byte`
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedString,
    UntypedNil,
}

impl BasicKind {
    /// The name Go prints for the type (`%T`, diagnostics).
    pub fn name(self) -> &'static str {
        use BasicKind::*;
        match self {
            Invalid => "invalid type",
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            Complex64 => "complex64",
            Complex128 => "complex128",
            String => "string",
            UnsafePointer => "unsafe.Pointer",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedString => "untyped string",
            UntypedNil => "untyped nil",
        }
    }
    pub fn is_integer(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            Int | Int8
                | Int16
                | Int32
                | Int64
                | Uint
                | Uint8
                | Uint16
                | Uint32
                | Uint64
                | Uintptr
                | UntypedInt
                | UntypedRune
        )
    }
    pub fn is_unsigned(self) -> bool {
        use BasicKind::*;
        matches!(self, Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }
    pub fn is_float(self) -> bool {
        matches!(
            self,
            BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat
        )
    }
    pub fn is_untyped(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            UntypedBool | UntypedInt | UntypedRune | UntypedFloat | UntypedString | UntypedNil
        )
    }
    /// Size in bits of a sized integer or float type (int, uint, uintptr: 64).
    pub fn bits(self) -> u32 {
        use BasicKind::*;
        match self {
            Int8 | Uint8 => 8,
            Int16 | Uint16 => 16,
            Int32 | Uint32 | Float32 => 32,
            _ => 64,
        }
    }
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Field {
    pub name: String,
    pub ty: TypeId,
    /// An embedded field; `name` is then the type's name (`Mutex` for `sync.Mutex`).
    pub embedded: bool,
    pub tag: Option<String>,
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Signature {
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    /// The last parameter is `...T`; its entry in `params` is the slice type `[]T`.
    pub variadic: bool,
}

/// A method of an interface type.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct IMethod {
    pub name: String,
    /// A `Type::Func` signature (without receiver).
    pub sig: TypeId,
}

/// A method declared on a named type.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Method {
    pub name: String,
    /// The `Func` object of the method (user code or a native declaration).
    pub obj: ObjId,
    /// Declared with a pointer receiver `(p *T)`.
    pub ptr_recv: bool,
    /// A `Type::Func` signature (without receiver).
    pub sig: TypeId,
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct NamedType {
    pub name: String,
    /// Package path: "main", or "time", "sync", ... for library types; "" for
    /// the predeclared `error`.
    pub pkg: String,
    /// Never itself a `Named`. `INVALID` until the declaration is complete.
    pub underlying: TypeId,
    /// Methods in declaration order.
    pub methods: Vec<Method>,
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Type {
    Basic(BasicKind),
    Pointer(TypeId),
    Array {
        elem: TypeId,
        len: i64,
    },
    Slice(TypeId),
    Map {
        key: TypeId,
        elem: TypeId,
    },
    Chan {
        dir: ChanDir,
        elem: TypeId,
    },
    Struct(Vec<Field>),
    Func(Signature),
    /// Complete method set, sorted by name.
    Interface(Vec<IMethod>),
    /// Results of a multi-valued call; never the type of a variable.
    Tuple(Vec<TypeId>),
    Named(NamedType),
}

/// All types of a program. Append-only: ids stay valid as the REPL adds more.
#[derive(Clone, Debug)]
pub struct TypeTable {
    types: Vec<Type>,
    /// Interning of non-named types.
    interned: HashMap<Type, TypeId>,
}

impl TypeTable {
    pub const INVALID: TypeId = TypeId(0);
    pub const BOOL: TypeId = TypeId(1);
    pub const INT: TypeId = TypeId(2);
    pub const INT8: TypeId = TypeId(3);
    pub const INT16: TypeId = TypeId(4);
    pub const INT32: TypeId = TypeId(5);
    pub const INT64: TypeId = TypeId(6);
    pub const UINT: TypeId = TypeId(7);
    pub const UINT8: TypeId = TypeId(8);
    pub const UINT16: TypeId = TypeId(9);
    pub const UINT32: TypeId = TypeId(10);
    pub const UINT64: TypeId = TypeId(11);
    pub const UINTPTR: TypeId = TypeId(12);
    pub const FLOAT32: TypeId = TypeId(13);
    pub const FLOAT64: TypeId = TypeId(14);
    pub const COMPLEX64: TypeId = TypeId(15);
    pub const COMPLEX128: TypeId = TypeId(16);
    pub const STRING: TypeId = TypeId(17);
    pub const UNSAFE_POINTER: TypeId = TypeId(18);
    pub const UNTYPED_BOOL: TypeId = TypeId(19);
    pub const UNTYPED_INT: TypeId = TypeId(20);
    pub const UNTYPED_RUNE: TypeId = TypeId(21);
    pub const UNTYPED_FLOAT: TypeId = TypeId(22);
    pub const UNTYPED_STRING: TypeId = TypeId(23);
    pub const UNTYPED_NIL: TypeId = TypeId(24);
    /// `interface{}` (also `any`).
    pub const EMPTY_INTERFACE: TypeId = TypeId(25);
    /// The predeclared `error`: Named("error") over `interface{ Error() string }`.
    pub const ERROR: TypeId = TypeId(26);
    /// `byte` and `rune` as written: display-only ids for `UINT8` and
    /// `INT32`, printed with these names (see `types::spelling`). Not
    /// interned, so no type is ever built from them by the checker.
    pub const BYTE: TypeId = TypeId(29);
    pub const RUNE: TypeId = TypeId(30);

    pub fn new() -> TypeTable {
        use BasicKind::*;
        let mut t = TypeTable {
            types: Vec::new(),
            interned: HashMap::new(),
        };
        for k in [
            Invalid,
            Bool,
            Int,
            Int8,
            Int16,
            Int32,
            Int64,
            Uint,
            Uint8,
            Uint16,
            Uint32,
            Uint64,
            Uintptr,
            Float32,
            Float64,
            Complex64,
            Complex128,
            String,
            UnsafePointer,
            UntypedBool,
            UntypedInt,
            UntypedRune,
            UntypedFloat,
            UntypedString,
            UntypedNil,
        ] {
            t.intern(Type::Basic(k));
        }
        let empty = t.intern(Type::Interface(Vec::new()));
        debug_assert_eq!(empty, Self::EMPTY_INTERFACE);
        // error: the method's ObjId is filled in by the checker's universe;
        // interfaces only need the method's name and signature.
        let err = t.new_named("error", "");
        debug_assert_eq!(err, Self::ERROR);
        let sig = t.intern(Type::Func(Signature {
            params: vec![],
            results: vec![Self::STRING],
            variadic: false,
        }));
        let iface = t.intern(Type::Interface(vec![IMethod {
            name: "Error".into(),
            sig,
        }]));
        t.set_underlying(err, iface);
        t.types.push(Type::Basic(Uint8));
        t.types.push(Type::Basic(Int32));
        debug_assert_eq!(t.types.len(), Self::RUNE.0 as usize + 1);
        t
    }

    /// The type a display type (see `BYTE`) spells: `[]uint8` for `[]byte`.
    /// `None` if that type was never made.
    pub fn canonical(&self, id: TypeId) -> Option<TypeId> {
        let ty = match self.get(id) {
            _ if id == Self::BYTE => return Some(Self::UINT8),
            _ if id == Self::RUNE => return Some(Self::INT32),
            Type::Pointer(e) => Type::Pointer(self.canonical(*e)?),
            Type::Slice(e) => Type::Slice(self.canonical(*e)?),
            Type::Array { elem, len } => Type::Array {
                elem: self.canonical(*elem)?,
                len: *len,
            },
            Type::Map { key, elem } => Type::Map {
                key: self.canonical(*key)?,
                elem: self.canonical(*elem)?,
            },
            Type::Chan { dir, elem } => Type::Chan {
                dir: *dir,
                elem: self.canonical(*elem)?,
            },
            _ => return Some(id),
        };
        self.interned.get(&ty).copied()
    }

    /// The id of a structural (non-named) type, adding it if new.
    pub fn intern(&mut self, ty: Type) -> TypeId {
        debug_assert!(
            !matches!(ty, Type::Named(_)),
            "named types are created with new_named"
        );
        if let Some(&id) = self.interned.get(&ty) {
            return id;
        }
        let id = TypeId(self.types.len() as u32);
        self.types.push(ty.clone());
        self.interned.insert(ty, id);
        id
    }

    /// A new, distinct named type with no underlying type or methods yet.
    pub fn new_named(&mut self, name: &str, pkg: &str) -> TypeId {
        let id = TypeId(self.types.len() as u32);
        self.types.push(Type::Named(NamedType {
            name: name.to_string(),
            pkg: pkg.to_string(),
            underlying: Self::INVALID,
            methods: Vec::new(),
        }));
        id
    }

    pub fn set_underlying(&mut self, named: TypeId, underlying: TypeId) {
        let u = self.underlying(underlying);
        if let Type::Named(n) = &mut self.types[named.0 as usize] {
            n.underlying = u;
        }
    }

    pub fn add_method(&mut self, named: TypeId, m: Method) {
        if let Type::Named(n) = &mut self.types[named.0 as usize] {
            n.methods.push(m);
        }
    }

    pub fn get(&self, id: TypeId) -> &Type {
        &self.types[id.0 as usize]
    }

    pub fn len(&self) -> usize {
        self.types.len()
    }

    pub fn is_empty(&self) -> bool {
        self.types.is_empty()
    }

    /// The underlying type: itself for non-named types.
    pub fn underlying(&self, id: TypeId) -> TypeId {
        match self.get(id) {
            Type::Named(n) => n.underlying,
            _ => id,
        }
    }

    /// The underlying `Type` of `id`.
    pub fn under(&self, id: TypeId) -> &Type {
        self.get(self.underlying(id))
    }

    pub fn basic(&self, id: TypeId) -> Option<BasicKind> {
        match self.under(id) {
            Type::Basic(k) => Some(*k),
            _ => None,
        }
    }

    pub fn is_interface(&self, id: TypeId) -> bool {
        matches!(self.under(id), Type::Interface(_))
    }

    pub fn named(&self, id: TypeId) -> Option<&NamedType> {
        match self.get(id) {
            Type::Named(n) => Some(n),
            _ => None,
        }
    }

    pub fn pointer(&mut self, elem: TypeId) -> TypeId {
        self.intern(Type::Pointer(elem))
    }

    pub fn slice(&mut self, elem: TypeId) -> TypeId {
        self.intern(Type::Slice(elem))
    }

    pub fn tuple(&mut self, elems: Vec<TypeId>) -> TypeId {
        self.intern(Type::Tuple(elems))
    }

    /// Go's spelling of a type, as `%T` and diagnostics print it
    /// (`[]int`, `map[string]main.Point`, `*main.Node`, `func(int) string`,
    /// `struct { X int; Y string }`, `chan<- int`, `interface {}`, `error`).
    /// `qualify` prints named types with their package (`main.Point`), as `%T`
    /// does; diagnostics print them unqualified for package main.
    pub fn type_string(&self, id: TypeId, qualify: bool) -> String {
        let mut s = String::new();
        self.write_type(
            &mut s,
            id,
            if qualify {
                Qual::All
            } else {
                Qual::Except("main")
            },
        );
        s
    }

    /// Go's spelling of a type as the checker prints it in diagnostics while
    /// checking package `local` (its own named types unqualified). Other
    /// packages are written with their name, the last element of the path
    /// (`rand.Rand` for "math/rand").
    pub fn type_string_in(&self, id: TypeId, local: &str) -> String {
        let mut s = String::new();
        self.write_type(&mut s, id, Qual::Diag(local));
        s
    }

    fn write_type(&self, s: &mut String, id: TypeId, qualify: Qual) {
        match self.get(id) {
            _ if id == Self::BYTE => s.push_str("byte"),
            _ if id == Self::RUNE => s.push_str("rune"),
            Type::Basic(k) => s.push_str(k.name()),
            Type::Named(n) => {
                let show = match qualify {
                    Qual::All => true,
                    Qual::Except(local) | Qual::Diag(local) => n.pkg != local,
                };
                if !n.pkg.is_empty() && show {
                    s.push_str(n.pkg.rsplit('/').next().unwrap_or(&n.pkg));
                    s.push('.');
                }
                s.push_str(&n.name);
            }
            Type::Pointer(e) => {
                s.push('*');
                self.write_type(s, *e, qualify);
            }
            Type::Array { elem, len } => {
                s.push_str(&format!("[{len}]"));
                self.write_type(s, *elem, qualify);
            }
            Type::Slice(e) => {
                s.push_str("[]");
                self.write_type(s, *e, qualify);
            }
            Type::Map { key, elem } => {
                s.push_str("map[");
                self.write_type(s, *key, qualify);
                s.push(']');
                self.write_type(s, *elem, qualify);
            }
            Type::Chan { dir, elem } => {
                s.push_str(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                // `chan (<-chan int)` needs parentheses
                let paren = *dir == ChanDir::Both
                    && matches!(
                        self.get(*elem),
                        Type::Chan {
                            dir: ChanDir::Recv,
                            ..
                        }
                    );
                if paren {
                    s.push('(');
                }
                self.write_type(s, *elem, qualify);
                if paren {
                    s.push(')');
                }
            }
            Type::Struct(fields) if matches!(qualify, Qual::Diag(_)) => {
                // go/types' compact spelling: struct{X int; Y string}
                s.push_str("struct{");
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        s.push_str("; ");
                    }
                    if !f.embedded {
                        s.push_str(&f.name);
                        s.push(' ');
                    }
                    self.write_type(s, f.ty, qualify);
                    if let Some(tag) = &f.tag {
                        s.push_str(&format!(" {tag:?}"));
                    }
                }
                s.push('}');
            }
            Type::Interface(methods) if matches!(qualify, Qual::Diag(_)) => {
                // go/types' compact spelling: interface{M()}; `any` for the empty one
                if methods.is_empty() {
                    s.push_str("any");
                    return;
                }
                s.push_str("interface{");
                for (i, m) in methods.iter().enumerate() {
                    if i > 0 {
                        s.push_str("; ");
                    }
                    s.push_str(&m.name);
                    if let Type::Func(sig) = self.get(m.sig) {
                        self.write_sig(s, sig, qualify);
                    }
                }
                s.push('}');
            }
            Type::Struct(fields) => {
                s.push_str("struct {");
                for (i, f) in fields.iter().enumerate() {
                    s.push_str(if i == 0 { " " } else { "; " });
                    if !f.embedded {
                        s.push_str(&f.name);
                        s.push(' ');
                    }
                    self.write_type(s, f.ty, qualify);
                    if let Some(tag) = &f.tag {
                        s.push_str(&format!(" {tag:?}"));
                    }
                }
                s.push_str(if fields.is_empty() { "}" } else { " }" });
            }
            Type::Func(sig) => {
                s.push_str("func");
                self.write_sig(s, sig, qualify);
            }
            Type::Interface(methods) => {
                if methods.is_empty() {
                    s.push_str("interface {}");
                    return;
                }
                s.push_str("interface {");
                for (i, m) in methods.iter().enumerate() {
                    s.push_str(if i == 0 { " " } else { "; " });
                    s.push_str(&m.name);
                    if let Type::Func(sig) = self.get(m.sig) {
                        self.write_sig(s, sig, qualify);
                    }
                }
                s.push_str(" }");
            }
            Type::Tuple(elems) => {
                s.push('(');
                for (i, e) in elems.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write_type(s, *e, qualify);
                }
                s.push(')');
            }
        }
    }

    /// `(int, string) bool` / `(...int)` / `() (int, error)`.
    pub fn write_signature(&self, s: &mut String, sig: &Signature, qualify: bool) {
        self.write_sig(
            s,
            sig,
            if qualify {
                Qual::All
            } else {
                Qual::Except("main")
            },
        )
    }

    fn write_sig(&self, s: &mut String, sig: &Signature, qualify: Qual) {
        s.push('(');
        for (i, p) in sig.params.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            if sig.variadic && i + 1 == sig.params.len() {
                s.push_str("...");
                match self.get(*p) {
                    Type::Slice(e) => self.write_type(s, *e, qualify),
                    _ => self.write_type(s, *p, qualify),
                }
            } else {
                self.write_type(s, *p, qualify);
            }
        }
        s.push(')');
        match sig.results.len() {
            0 => {}
            1 => {
                s.push(' ');
                self.write_type(s, sig.results[0], qualify);
            }
            _ => {
                s.push_str(" (");
                for (i, r) in sig.results.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write_type(s, *r, qualify);
                }
                s.push(')');
            }
        }
    }
}

/// Which named types `write_type` prints with their package name.
#[derive(Clone, Copy)]
enum Qual<'q> {
    All,
    /// All but those of this package path.
    Except(&'q str),
    /// As `Except`, in the compact spelling of go/types diagnostics.
    Diag(&'q str),
}

impl Default for TypeTable {
    fn default() -> Self {
        Self::new()
    }
}
