//! The syntax tree of one Go source file, as the parser builds it.
//!
//! It mirrors `go/ast` closely, without generics. Every node that the type
//! checker describes (expressions and identifiers) carries a [`NodeId`] that is
//! unique within one program load, so the checker can record facts about it
//! in side tables (`types::Info`), the way `go/types` does.
//!
//! Architecture invariant: this module knows nothing of types or the VM.
//! Where Go's syntax is ambiguous for an LR(1) parser (a type in expression
//! position: `[]int(x)`, `(*T)(p)`, `map[string]int{}`), the parser builds an
//! [`ExprKind`] that holds a type ([`ExprKind::TypeExpr`]) and the checker
//! resolves what it means.

use std::fmt;

/// A byte range in one source file, plus which file of the load it is in.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Span {
    /// Index of the file in the `SourceMap` of this load.
    pub file: u32,
    /// Byte offset of the first byte.
    pub lo: u32,
    /// Byte offset one past the last byte.
    pub hi: u32,
}

impl Span {
    pub fn new(file: u32, lo: usize, hi: usize) -> Span {
        Span {
            file,
            lo: lo as u32,
            hi: hi as u32,
        }
    }
    /// The smallest span that covers both `self` and `other` (same file).
    pub fn to(self, other: Span) -> Span {
        Span {
            file: self.file,
            lo: self.lo.min(other.lo),
            hi: self.hi.max(other.hi),
        }
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}..{}", self.file, self.lo, self.hi)
    }
}

/// Identity of an expression or identifier node, unique within one load.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct NodeId(pub u32);

/// An identifier occurrence: a use or a definition.
#[derive(Clone, Debug)]
pub struct Ident {
    pub id: NodeId,
    pub name: String,
    pub span: Span,
}

impl Ident {
    pub fn is_blank(&self) -> bool {
        self.name == "_"
    }
}

// ---------------------------------------------------------------------------
// Files and declarations

/// One parsed `.go` file.
#[derive(Clone, Debug)]
pub struct File {
    /// Index in the `SourceMap` (same as `Span::file`).
    pub file: u32,
    pub package: Ident,
    pub imports: Vec<ImportSpec>,
    pub decls: Vec<Decl>,
}

/// `import name "path"`; `name` is `None` for the plain form, `_` or `.` allowed.
#[derive(Clone, Debug)]
pub struct ImportSpec {
    pub name: Option<Ident>,
    pub path: String,
    pub span: Span,
}

/// (A file holds a few dozen declarations, so the size of the `Func`
/// variant costs nothing worth a `Box`.)
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug)]
pub enum Decl {
    /// `const ( ... )` or `const x = 1`; specs in source order, `iota` is the index.
    Const(Vec<ValueSpec>, Span),
    /// `var ( ... )` or `var x int`.
    Var(Vec<ValueSpec>, Span),
    /// `type ( ... )` or `type T U`.
    Type(Vec<TypeSpec>, Span),
    /// `func f() {}` or `func (r T) m() {}`.
    Func(FuncDecl),
}

/// One line of a const or var declaration: `a, b T = x, y`.
/// For a const spec with neither type nor values, the previous spec's type and
/// values are repeated (the checker does this; the parser leaves them empty).
#[derive(Clone, Debug)]
pub struct ValueSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    pub values: Vec<Expr>,
    /// Position of the spec within its group (the value of `iota`).
    pub iota: u32,
    pub span: Span,
}

/// `type Name Type` or the alias form `type Name = Type`.
#[derive(Clone, Debug)]
pub struct TypeSpec {
    pub name: Ident,
    pub alias: bool,
    pub ty: Expr,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct FuncDecl {
    pub recv: Option<Param>,
    pub name: Ident,
    pub sig: FuncType,
    /// `None` for a declaration without body (not used by Go programs we run).
    pub body: Option<Block>,
    pub span: Span,
}

/// A function signature, as written.
#[derive(Clone, Debug)]
pub struct FuncType {
    pub params: Vec<Param>,
    pub results: Vec<Param>,
    /// The last parameter is `...T` (its `ty` is then `T`).
    pub variadic: bool,
    pub span: Span,
}

/// One parameter or result group: `a, b int`, or an unnamed `int` (`names` empty).
#[derive(Clone, Debug)]
pub struct Param {
    pub names: Vec<Ident>,
    pub ty: Expr,
    pub span: Span,
}

// ---------------------------------------------------------------------------
// Statements

#[derive(Clone, Debug)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    /// From `{` to `}`; the checker reports `missing return` at `hi - 1`.
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `+=`, `-=`, ... : the binary operator applied.
    Op(BinaryOp),
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    /// A `const`, `var` or `type` declaration inside a function.
    Decl(Decl),
    /// `;` alone, or nothing.
    Empty,
    /// `label: stmt`.
    Labeled(Ident, Box<Stmt>),
    /// An expression used as a statement (a call or a receive).
    Expr(Expr),
    /// `ch <- v`.
    Send {
        chan: Expr,
        value: Expr,
    },
    /// `x++` (`inc == true`) or `x--`.
    IncDec {
        target: Expr,
        inc: bool,
    },
    /// `a, b = x, y`, `a := x`, `a += x`.
    Assign {
        lhs: Vec<Expr>,
        op: AssignOp,
        rhs: Vec<Expr>,
    },
    /// `go f(x)`: the expression is always a call.
    Go(Expr),
    /// `defer f(x)`: the expression is always a call.
    Defer(Expr),
    Return(Vec<Expr>),
    /// `break`, `continue`, `goto`, `fallthrough`, with an optional label.
    Branch {
        kind: BranchKind,
        label: Option<Ident>,
    },
    Block(Block),
    If {
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        /// Either a `Block` statement or another `If` statement.
        els: Option<Box<Stmt>>,
    },
    /// `switch init; tag { ... }`.
    Switch {
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        clauses: Vec<CaseClause>,
    },
    /// `switch init; x := y.(type) { ... }`; `bind` is the `x` of `x :=`.
    TypeSwitch {
        init: Option<Box<Stmt>>,
        bind: Option<Ident>,
        /// The `y` of `y.(type)`.
        subject: Expr,
        clauses: Vec<TypeCaseClause>,
    },
    Select(Vec<CommClause>),
    /// `for init; cond; post { }`, `for cond { }`, `for { }`.
    For {
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    /// `for k, v := range x { }`, `for k = range x`, `for range x`.
    Range {
        key: Option<Expr>,
        value: Option<Expr>,
        /// `:=` (true) or `=` (false); irrelevant when key and value are absent.
        define: bool,
        expr: Expr,
        body: Block,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BranchKind {
    Break,
    Continue,
    Goto,
    Fallthrough,
}

/// `case a, b:` (or `default:` when `exprs` is `None`) in an expression switch.
#[derive(Clone, Debug)]
pub struct CaseClause {
    pub exprs: Option<Vec<Expr>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

/// `case T1, T2:` (or `default:`) in a type switch. A type may be the
/// identifier `nil`, an expression of kind `Ident`.
#[derive(Clone, Debug)]
pub struct TypeCaseClause {
    pub types: Option<Vec<Expr>>,
    /// The identifier declared in this clause by the switch's `x :=`, one per
    /// clause so the checker can give it the clause's type (`NodeId` fresh).
    pub bind: Option<Ident>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

/// One `case` of a `select`.
#[derive(Clone, Debug)]
pub struct CommClause {
    /// `None` is `default:`. Otherwise a `Send` statement, an `Expr` statement
    /// holding a receive, or an `Assign` (`=` or `:=`) whose rhs is one receive.
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

// ---------------------------------------------------------------------------
// Expressions (types in expression position included)

#[derive(Clone, Debug)]
pub struct Expr {
    pub id: NodeId,
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum BinaryOp {
    // arithmetic
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    And,    // &
    Or,     // |
    Xor,    // ^
    AndNot, // &^
    Shl,
    Shr,
    // logical
    LAnd, // &&
    LOr,  // ||
    // comparison
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl BinaryOp {
    /// The operator as Go writes it, for diagnostics and `disasm`.
    pub fn as_str(self) -> &'static str {
        use BinaryOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            Div => "/",
            Rem => "%",
            And => "&",
            Or => "|",
            Xor => "^",
            AndNot => "&^",
            Shl => "<<",
            Shr => ">>",
            LAnd => "&&",
            LOr => "||",
            Eq => "==",
            Ne => "!=",
            Lt => "<",
            Le => "<=",
            Gt => ">",
            Ge => ">=",
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum UnaryOp {
    Pos,  // +x
    Neg,  // -x
    Not,  // !x
    Xor,  // ^x (bitwise complement)
    Addr, // &x
    Recv, // <-x
}

impl UnaryOp {
    pub fn as_str(self) -> &'static str {
        match self {
            UnaryOp::Pos => "+",
            UnaryOp::Neg => "-",
            UnaryOp::Not => "!",
            UnaryOp::Xor => "^",
            UnaryOp::Addr => "&",
            UnaryOp::Recv => "<-",
        }
    }
}

/// A basic literal's kind; the text is kept as written (`0x_1F`, `'\n'`,
/// "a\tb", `raw`) and its value is computed by the checker's constant code.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Rune,
    String,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum ChanDir {
    Both,
    /// `chan<- T`
    Send,
    /// `<-chan T`
    Recv,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    /// Also `nil`, `true`, `false`, `iota` and builtin names: the checker
    /// resolves them through scopes (they can be shadowed).
    Ident(Ident),
    /// `raw` is the literal's source text.
    BasicLit {
        kind: LitKind,
        raw: String,
        /// The scanner reported an error inside the literal (`08`, `'ab'`,
        /// a newline in a string): the checker gives it an invalid type
        /// and no error of its own, as go/types does for `BasicLit.Bad`.
        bad: bool,
    },
    /// `T{...}`; `ty` is `None` for an elided type inside an outer literal
    /// (`[]Point{{1, 2}}`, `map[string]Point{"a": {1, 2}}`).
    CompositeLit {
        ty: Option<Box<Expr>>,
        elts: Vec<Element>,
        lbrace: Span,
    },
    FuncLit {
        sig: FuncType,
        body: Block,
    },
    /// `(x)`: kept so the checker can tell `(*T)(p)` from `*T(p)`.
    Paren(Box<Expr>),
    /// `x.sel`: a package member, a field, a method value or expression.
    Selector(Box<Expr>, Ident),
    Index(Box<Expr>, Box<Expr>),
    /// `x[lo:hi]` or `x[lo:hi:max]` (`three` is true for the 3-index form).
    Slice {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
        three: bool,
    },
    /// `x.(T)`; `ty` is `None` for `x.(type)`, only valid in a type switch.
    TypeAssert(Box<Expr>, Option<Box<Expr>>),
    /// A call, a conversion `T(x)` or a builtin call; `ellipsis` for `f(xs...)`.
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        ellipsis: bool,
    },
    /// `*x`: a dereference or a pointer type, resolved by the checker.
    Star(Box<Expr>),
    Unary(UnaryOp, Box<Expr>),
    Binary(BinaryOp, Box<Expr>, Box<Expr>),
    /// `key: value` inside a composite literal only.
    KeyValue(Box<Expr>, Box<Expr>),
    /// A type literal in expression position (`[]int`, `map[K]V`, `chan T`,
    /// `func(int) bool`, `struct{...}`, `interface{...}`, `[N]T`, `[...]T`).
    TypeExpr(Box<TypeExpr>),
}

/// An element of a composite literal: `value` or `key: value`.
#[derive(Clone, Debug)]
pub struct Element {
    pub key: Option<Expr>,
    pub value: Expr,
}

/// A type literal. Named types and `pkg.T` appear as `Ident`/`Selector`
/// expressions; pointer types as `Star`; these are the other forms.
#[derive(Clone, Debug)]
pub enum TypeExpr {
    /// `[N]T`; `len` is `None` for `[...]T` (only in composite literals).
    Array {
        len: Option<Expr>,
        elem: Expr,
    },
    Slice(Expr),
    Map(Expr, Expr),
    Chan(ChanDir, Expr),
    Func(FuncType),
    Struct(Vec<FieldDecl>),
    Interface(Vec<InterfaceElem>),
}

/// A field line of a struct type: `a, b int "tag"`, or an embedded field
/// (`names` empty; `ty` is `T`, `*T`, `pkg.T` or `*pkg.T`).
#[derive(Clone, Debug)]
pub struct FieldDecl {
    pub names: Vec<Ident>,
    pub ty: Expr,
    pub tag: Option<String>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum InterfaceElem {
    /// `Name(params) results`
    Method { name: Ident, sig: FuncType },
    /// An embedded interface: `io.Reader`, `fmt.Stringer`, `Shape`.
    Embed(Expr),
}

/// Hands out fresh `NodeId`s; one per load, shared by all files (and kept
/// across REPL inputs).
#[derive(Clone, Debug, Default)]
pub struct NodeIdGen {
    next: u32,
}

impl NodeIdGen {
    pub fn fresh(&mut self) -> NodeId {
        self.next += 1;
        NodeId(self.next)
    }
}
