//! The tokens the parser sees: what the lexer produces after Go's automatic
//! semicolon insertion, and how syntax errors describe them (Go's wording:
//! `name foo`, `literal 42`, `keyword func`, `newline`, ...).
//!
//! Literal and identifier tokens keep their source text; the checker computes
//! literal values.

use super::ast::BinaryOp;

/// Where a `;` token came from; syntax errors name it the way Go does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SemiKind {
    /// Written in the source.
    Explicit,
    /// Inserted at the end of a line (or for a block comment with a newline).
    Newline,
    /// Inserted at the end of the input.
    Eof,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tok {
    Ident(String),
    Int(String),
    Float(String),
    Imag(String),
    Rune(String),
    Str(String),

    // Keywords.
    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,

    // Operators and delimiters.
    Add,
    Sub,
    Mul,
    Quo,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
    /// `+=`, `-=`, ...: the operator applied.
    OpAssign(BinaryOp),
    LAnd,
    LOr,
    Arrow,
    Inc,
    Dec,
    Eql,
    Lss,
    Gtr,
    Assign,
    Not,
    Tilde,
    Neq,
    Leq,
    Geq,
    Define,
    Ellipsis,
    LParen,
    LBrack,
    LBrace,
    Comma,
    Period,
    RParen,
    RBrack,
    RBrace,
    Semi(SemiKind),
    Colon,

    /// Synthetic first tokens that pick what the single grammar parses: a
    /// whole file, or one REPL item (keeps one set of parse tables).
    StartFile,
    StartDecl,
    StartImport,
    StartStmt,
    /// Top-level declarations after the package clause and imports, for
    /// parsing a file with syntax errors declaration by declaration.
    StartDecls,
}

/// The keyword token spelled `word`, if it is one of Go's 25 keywords.
pub fn keyword(word: &str) -> Option<Tok> {
    let tok = match word {
        "break" => Tok::Break,
        "case" => Tok::Case,
        "chan" => Tok::Chan,
        "const" => Tok::Const,
        "continue" => Tok::Continue,
        "default" => Tok::Default,
        "defer" => Tok::Defer,
        "else" => Tok::Else,
        "fallthrough" => Tok::Fallthrough,
        "for" => Tok::For,
        "func" => Tok::Func,
        "go" => Tok::Go,
        "goto" => Tok::Goto,
        "if" => Tok::If,
        "import" => Tok::Import,
        "interface" => Tok::Interface,
        "map" => Tok::Map,
        "package" => Tok::Package,
        "range" => Tok::Range,
        "return" => Tok::Return,
        "select" => Tok::Select,
        "struct" => Tok::Struct,
        "switch" => Tok::Switch,
        "type" => Tok::Type,
        "var" => Tok::Var,
        _ => return None,
    };
    Some(tok)
}

impl Tok {
    /// True if a newline after this token ends the statement (Go's rule for
    /// automatic semicolons).
    pub fn ends_statement(&self) -> bool {
        matches!(
            self,
            Tok::Ident(_)
                | Tok::Int(_)
                | Tok::Float(_)
                | Tok::Imag(_)
                | Tok::Rune(_)
                | Tok::Str(_)
                | Tok::Break
                | Tok::Continue
                | Tok::Fallthrough
                | Tok::Return
                | Tok::Inc
                | Tok::Dec
                | Tok::RParen
                | Tok::RBrack
                | Tok::RBrace
        )
    }

    /// The token's spelling for keywords, operators and delimiters.
    pub fn spelling(&self) -> &'static str {
        match self {
            Tok::Ident(_) => "name",
            Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Rune(_) | Tok::Str(_) => "literal",
            Tok::Break => "break",
            Tok::Case => "case",
            Tok::Chan => "chan",
            Tok::Const => "const",
            Tok::Continue => "continue",
            Tok::Default => "default",
            Tok::Defer => "defer",
            Tok::Else => "else",
            Tok::Fallthrough => "fallthrough",
            Tok::For => "for",
            Tok::Func => "func",
            Tok::Go => "go",
            Tok::Goto => "goto",
            Tok::If => "if",
            Tok::Import => "import",
            Tok::Interface => "interface",
            Tok::Map => "map",
            Tok::Package => "package",
            Tok::Range => "range",
            Tok::Return => "return",
            Tok::Select => "select",
            Tok::Struct => "struct",
            Tok::Switch => "switch",
            Tok::Type => "type",
            Tok::Var => "var",
            Tok::Add => "+",
            Tok::Sub => "-",
            Tok::Mul => "*",
            Tok::Quo => "/",
            Tok::Rem => "%",
            Tok::And => "&",
            Tok::Or => "|",
            Tok::Xor => "^",
            Tok::Shl => "<<",
            Tok::Shr => ">>",
            Tok::AndNot => "&^",
            Tok::OpAssign(op) => op_assign_spelling(*op),
            Tok::LAnd => "&&",
            Tok::LOr => "||",
            Tok::Arrow => "<-",
            Tok::Inc => "++",
            Tok::Dec => "--",
            Tok::Eql => "==",
            Tok::Lss => "<",
            Tok::Gtr => ">",
            Tok::Assign => "=",
            Tok::Not => "!",
            Tok::Tilde => "~",
            Tok::Neq => "!=",
            Tok::Leq => "<=",
            Tok::Geq => ">=",
            Tok::Define => ":=",
            Tok::Ellipsis => "...",
            Tok::LParen => "(",
            Tok::LBrack => "[",
            Tok::LBrace => "{",
            Tok::Comma => "comma",
            Tok::Period => ".",
            Tok::RParen => ")",
            Tok::RBrack => "]",
            Tok::RBrace => "}",
            Tok::Semi(_) => "semicolon",
            Tok::Colon => ":",
            Tok::StartFile
            | Tok::StartDecl
            | Tok::StartImport
            | Tok::StartStmt
            | Tok::StartDecls => "start",
        }
    }

    pub fn is_keyword(&self) -> bool {
        matches!(
            self,
            Tok::Break
                | Tok::Case
                | Tok::Chan
                | Tok::Const
                | Tok::Continue
                | Tok::Default
                | Tok::Defer
                | Tok::Else
                | Tok::Fallthrough
                | Tok::For
                | Tok::Func
                | Tok::Go
                | Tok::Goto
                | Tok::If
                | Tok::Import
                | Tok::Interface
                | Tok::Map
                | Tok::Package
                | Tok::Range
                | Tok::Return
                | Tok::Select
                | Tok::Struct
                | Tok::Switch
                | Tok::Type
                | Tok::Var
        )
    }

    /// How Go's syntax errors name this token after `unexpected`.
    pub fn describe(&self) -> String {
        match self {
            Tok::Ident(name) => format!("name {name}"),
            Tok::Int(raw) | Tok::Float(raw) | Tok::Imag(raw) | Tok::Rune(raw) | Tok::Str(raw) => {
                format!("literal {raw}")
            }
            Tok::Semi(SemiKind::Explicit) => "semicolon".to_string(),
            Tok::Semi(SemiKind::Newline) => "newline".to_string(),
            Tok::Semi(SemiKind::Eof) => "EOF".to_string(),
            t if t.is_keyword() => format!("keyword {}", t.spelling()),
            t => t.spelling().to_string(),
        }
    }
}

fn op_assign_spelling(op: BinaryOp) -> &'static str {
    match op {
        BinaryOp::Add => "+=",
        BinaryOp::Sub => "-=",
        BinaryOp::Mul => "*=",
        BinaryOp::Div => "/=",
        BinaryOp::Rem => "%=",
        BinaryOp::And => "&=",
        BinaryOp::Or => "|=",
        BinaryOp::Xor => "^=",
        BinaryOp::AndNot => "&^=",
        BinaryOp::Shl => "<<=",
        BinaryOp::Shr => ">>=",
        _ => "op=",
    }
}
