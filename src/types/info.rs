//! What the checker tells the compiler: the facts it established about a
//! checked program, recorded in side tables keyed by AST `NodeId`, as
//! `go/types.Info` does (`Types`, `Defs`, `Uses`, `Selections`).
//!
//! Contract with the compiler:
//! - `types` has an entry for every expression node the compiler will see,
//!   including type expressions (mode `TypeExpr`) and the callee of builtin
//!   calls (mode `Builtin`). An untyped constant expression is recorded with
//!   its *final* type once its context is known (`var x float64 = 1` records
//!   the literal as float64 with value 1; `fmt.Println(1)` records it as int;
//!   `x << 1` with x an int records `1` as uint/int as Go does), so the
//!   compiler never sees an untyped type except for `nil` (UNTYPED_NIL).
//!   Non-constant untyped booleans (`a < b`) are recorded as `bool`.
//! - Implicit conversions are left to the compiler: when a value of type S is
//!   assigned, passed, returned, sent or stored where type T is expected and
//!   T is an interface while S is not, the compiler boxes it with dynamic
//!   type S. The checker guarantees that every such place is assignable.
//! - `defs` maps each defining identifier to its object (not `_`); `uses`
//!   maps each identifier that refers to an object. In `pkg.Name` the `pkg`
//!   identifier uses a `PkgName` object and `Name` uses the member object.
//! - `selections` is keyed by the `NodeId` of a `Selector` expression `x.f`
//!   that selects a field or method (not a package member).
//! - A comma-ok expression used in a two-value context (`v, ok := m[k]`,
//!   `x, ok := y.(T)`, `v, ok := <-ch`, also in `=` assignments) is recorded
//!   with the tuple type `(T, bool)` (as go/types does); used as a single
//!   value it is recorded with type `T`.
//! - An element of a composite literal whose type is elided and is a pointer
//!   (`[]*Point{{1, 2}}`) is recorded with the pointer type `*Point`: the
//!   compiler allocates the struct and uses its address.
//! - The callee of a builtin call is recorded with mode `Builtin` and, unless
//!   the call is constant, the signature the call was checked with (for
//!   `append(s, a, b)`: `func([]T, T, T) []T`).
//! - Type switch clauses: each `TypeCaseClause::bind` identifier is defined
//!   (`defs`) as that clause's variable, with the clause's type.
//! - `Info::init_order` covers all packages of a `Program`; `Initializer::pkg`
//!   says which.

use super::ty::{ObjId, TypeId, TypeTable};
use crate::syntax::ast::{NodeId, Span};
use num_bigint::BigInt;
use num_rational::BigRational;
use std::collections::HashMap;

/// The exact value of a constant expression.
#[derive(Clone, PartialEq, Debug)]
pub enum ConstValue {
    Bool(bool),
    /// Every integer and rune constant, exactly.
    Int(BigInt),
    /// Floating-point constants, exactly (Go's constants are arbitrary precision).
    Float(BigRational),
    /// Strings are bytes (`"\xff"` is one byte).
    Str(Vec<u8>),
}

/// How an expression may be used (go/types' operand modes).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// A call of a function without results.
    NoValue,
    /// The name of a builtin function, only in call position.
    Builtin(Builtin),
    /// The expression denotes a type.
    TypeExpr,
    Constant,
    /// An addressable variable (`x`, `*p`, `s[i]`, `p.f`, `a[i]` with `a` addressable).
    Variable,
    /// `m[k]`: assignable but not addressable; may be used with comma-ok.
    MapIndex,
    /// A computed value.
    Value,
    /// A value that may be used with comma-ok: `x.(T)`, `<-ch`.
    CommaOk,
}

#[derive(Clone, Debug)]
pub struct TypeAndValue {
    pub mode: Mode,
    /// For a multi-valued call, a `Type::Tuple`. For `NoValue`, `TypeId(0)`.
    pub ty: TypeId,
    /// Set when `mode == Constant`.
    pub value: Option<ConstValue>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
}

#[derive(Clone, Debug)]
pub enum ObjKind {
    /// A variable, parameter, result or struct field.
    Var {
        /// Declared at package level.
        global: bool,
        /// A struct field (then `Object::pkg` tells which package declared it).
        field: bool,
    },
    Const(ConstValue),
    TypeName,
    /// A function or method. `native` is true for a library function declared
    /// without a body, implemented in Rust under the name `Object::qualified_name`.
    Func {
        native: bool,
        has_recv: bool,
    },
    /// An imported package; the string is its path ("fmt", "math/rand").
    PkgName(String),
    Builtin(Builtin),
    Nil,
    Label,
}

#[derive(Clone, Debug)]
pub struct Object {
    pub kind: ObjKind,
    pub name: String,
    pub ty: TypeId,
    /// Package path of the declaring package ("main", "strings", ...; "" for the universe).
    pub pkg: String,
    /// Where it is declared (`Span::default()` for the universe and library).
    pub span: Span,
    /// For methods: the receiver's named type (without `*`).
    pub recv_named: Option<TypeId>,
}

impl Object {
    /// The name a native function is registered under: `strings.Contains`,
    /// `sync.Mutex.Lock` (methods use the named type, with no `*`).
    pub fn qualified_name(&self, types: &TypeTable) -> String {
        match self.recv_named.and_then(|t| types.named(t)) {
            Some(n) => format!("{}.{}.{}", self.pkg, n.name, self.name),
            None => format!("{}.{}", self.pkg, self.name),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SelectionKind {
    /// `x.f` is a struct field.
    FieldVal,
    /// `x.m` is a method value (bound to `x`), or a method called directly.
    MethodVal,
    /// `T.m` or `(*T).m`: a method expression, a function taking the receiver first.
    MethodExpr,
}

#[derive(Clone, Debug)]
pub struct Selection {
    pub kind: SelectionKind,
    /// The type of `x` (for MethodExpr, the type `T` or `*T`).
    pub recv: TypeId,
    /// The field (`Var` with `field: true`) or the method (`Func`) object.
    pub obj: ObjId,
    /// Path from `x` to the selected thing: field indices through embedded
    /// fields, then the field's index (FieldVal) or, for methods, the path to
    /// the embedded value that has the method, then the method's index in its
    /// named type's `methods` (or in the interface's sorted method list when
    /// the value reached is an interface).
    /// Implicit pointer indirections along the path follow from the types.
    pub index: Vec<usize>,
    /// True if a pointer indirection happens on the way (`p.f` with `p *T`,
    /// or through an embedded pointer).
    pub indirect: bool,
}

/// A package-level variable initialisation, in dependency order.
#[derive(Clone, Debug)]
pub struct Initializer {
    /// The variables set (several for `var a, b = f()`); `None` for `_`.
    pub lhs: Vec<Option<ObjId>>,
    /// Index of the file in `Package::files`, and the declaration's location:
    /// the `ValueSpec` is `files[file].decls[decl]` (a `Decl::Var`) spec `spec`.
    pub file: usize,
    pub decl: usize,
    pub spec: usize,
    /// Index of the package in `Program::packages` whose files these are.
    pub pkg: usize,
}

/// Everything the checker learned about one checked package.
#[derive(Clone, Debug, Default)]
pub struct Info {
    pub types: HashMap<NodeId, TypeAndValue>,
    pub defs: HashMap<NodeId, ObjId>,
    pub uses: HashMap<NodeId, ObjId>,
    pub selections: HashMap<NodeId, Selection>,
    /// The object arena, indexed by `ObjId`.
    pub objects: Vec<Object>,
    /// Package-level `var` initialisers in the order they must run (Go's
    /// dependency order, then declaration order).
    pub init_order: Vec<Initializer>,
}

impl Info {
    pub fn object(&self, id: ObjId) -> &Object {
        &self.objects[id.0 as usize]
    }
    /// The object an identifier defines or uses.
    pub fn obj_of(&self, ident: NodeId) -> Option<ObjId> {
        self.defs
            .get(&ident)
            .or_else(|| self.uses.get(&ident))
            .copied()
    }
    pub fn type_of(&self, expr: NodeId) -> Option<TypeId> {
        self.types.get(&expr).map(|tv| tv.ty)
    }
}
