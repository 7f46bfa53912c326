//! Operands: the result of checking an expression (its mode, type and
//! constant value), and Go's way of describing them in diagnostics
//! (`x (variable of type int)`, `1.5 (untyped float constant)`,
//! `T{} (value of struct type T)`), as `go/types`' `operandString`.

use super::check::Checker;
use super::constant::value_string;
use super::exprstring::expr_string;
use super::info::{Builtin, ConstValue, Mode};
use super::ty::{Type, TypeId, TypeTable};
use crate::syntax::ast::{Expr, Span};

/// How an operand may be used (go/types' operand modes, plus `Invalid`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum OpMode {
    /// An erroneous operand; errors about it were reported already.
    Invalid,
    NoValue,
    Builtin(Builtin),
    TypeExpr,
    Constant,
    Variable,
    MapIndex,
    Value,
    CommaOk,
}

impl OpMode {
    pub fn to_mode(self) -> Mode {
        match self {
            OpMode::Invalid | OpMode::Value => Mode::Value,
            OpMode::NoValue => Mode::NoValue,
            OpMode::Builtin(b) => Mode::Builtin(b),
            OpMode::TypeExpr => Mode::TypeExpr,
            OpMode::Constant => Mode::Constant,
            OpMode::Variable => Mode::Variable,
            OpMode::MapIndex => Mode::MapIndex,
            OpMode::CommaOk => Mode::CommaOk,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Operand<'a> {
    pub mode: OpMode,
    pub ty: TypeId,
    pub val: Option<ConstValue>,
    /// The expression the operand was computed from (none for synthesized ones).
    pub expr: Option<&'a Expr>,
}

impl<'a> Operand<'a> {
    pub fn invalid(expr: Option<&'a Expr>) -> Operand<'a> {
        Operand {
            mode: OpMode::Invalid,
            ty: TypeTable::INVALID,
            val: None,
            expr,
        }
    }
    pub fn new(mode: OpMode, ty: TypeId, expr: &'a Expr) -> Operand<'a> {
        Operand {
            mode,
            ty,
            val: None,
            expr: Some(expr),
        }
    }
    pub fn constant(ty: TypeId, val: ConstValue, expr: &'a Expr) -> Operand<'a> {
        Operand {
            mode: OpMode::Constant,
            ty,
            val: Some(val),
            expr: Some(expr),
        }
    }
    pub fn is_invalid(&self) -> bool {
        self.mode == OpMode::Invalid
    }
    /// The predeclared `nil`, untyped or already converted to a type.
    pub fn is_nil(&self) -> bool {
        if self.ty == TypeTable::UNTYPED_NIL {
            return true;
        }
        self.mode == OpMode::Value
            && self.expr.is_some_and(|e| matches!(&super::expr::unparen(e).kind, crate::syntax::ast::ExprKind::Ident(id) if id.name == "nil"))
    }
    pub fn span(&self) -> Span {
        self.expr.map(|e| e.span).unwrap_or_default()
    }
}

impl<'a> Checker<'a> {
    /// A type as diagnostics print it while checking the current package.
    pub fn type_str(&self, ty: TypeId) -> String {
        let s = self.types.type_string_in(ty, &self.pkg_path);
        if self.quoted_pkgs.is_empty() {
            return s;
        }
        quote_packages(&s, &self.quoted_pkgs)
    }

    /// The kind word go/types puts before a named type's name
    /// (`struct`, `int64`, `interface`...), or "" for unnamed types.
    pub fn composite_kind(&self, ty: TypeId) -> String {
        if self.types.named(ty).is_none() {
            return String::new();
        }
        match self.types.under(ty) {
            Type::Basic(k) => k.name().to_string(),
            Type::Pointer(_) => "pointer".into(),
            Type::Array { .. } => "array".into(),
            Type::Slice(_) => "slice".into(),
            Type::Map { .. } => "map".into(),
            Type::Chan { .. } => "chan".into(),
            Type::Struct(_) => "struct".into(),
            Type::Func(_) => "func".into(),
            Type::Interface(_) => "interface".into(),
            Type::Tuple(_) => "tuple".into(),
            Type::Named(_) => String::new(),
        }
    }

    /// go/types' `operandString`: `x (variable of type int)`.
    pub fn op_str(&self, x: &Operand) -> String {
        if x.is_nil() && x.mode != OpMode::Invalid {
            if x.ty == TypeTable::UNTYPED_NIL {
                return "nil".into();
            }
            return format!("nil (of type {})", self.type_str(x.ty));
        }
        let expr = match x.expr {
            Some(e) => expr_string(e),
            None => match (&x.mode, &x.val) {
                (OpMode::TypeExpr, _) => self.type_str(x.ty),
                (OpMode::Constant, Some(v)) => value_string(v),
                _ => String::new(),
            },
        };
        let mut buf = String::new();
        if !expr.is_empty() {
            buf.push_str(&expr);
            buf.push_str(" (");
        }
        let mut has_type = false;
        match x.mode {
            OpMode::Invalid | OpMode::NoValue | OpMode::Builtin(_) | OpMode::TypeExpr => {}
            _ => {
                if self.is_untyped(x.ty) {
                    if let Type::Basic(k) = self.types.get(x.ty) {
                        buf.push_str(k.name());
                        buf.push(' ');
                    }
                } else {
                    has_type = true;
                }
            }
        }
        buf.push_str(match x.mode {
            OpMode::Invalid => "invalid operand",
            OpMode::NoValue => "no value",
            OpMode::Builtin(_) => "built-in",
            OpMode::TypeExpr => "type",
            OpMode::Constant => "constant",
            OpMode::Variable => "variable",
            OpMode::MapIndex => "map index expression",
            OpMode::Value => "value",
            OpMode::CommaOk => "comma, ok expression",
        });
        if let (OpMode::Constant, Some(v)) = (&x.mode, &x.val) {
            let s = value_string(v);
            if s != expr {
                buf.push(' ');
                buf.push_str(&s);
            }
        }
        if has_type {
            if x.ty != TypeTable::INVALID {
                let kind = self.composite_kind(x.ty);
                buf.push_str(" of ");
                if !kind.is_empty() {
                    buf.push_str(&kind);
                    buf.push(' ');
                }
                buf.push_str("type ");
                match self.declared_func(x).and_then(|f| self.func_type_str(f)) {
                    Some(s) => buf.push_str(&s),
                    None => {
                        let shown = self.spelled_of(x).unwrap_or(x.ty);
                        buf.push_str(&self.type_str(shown));
                    }
                }
            } else {
                buf.push_str(" with invalid type");
            }
        }
        if !expr.is_empty() {
            buf.push(')');
        }
        buf
    }

    /// Record what an expression is in `Info::types`.
    pub fn record(&mut self, x: &Operand<'a>) {
        let Some(e) = x.expr else { return };
        if x.mode == OpMode::Invalid {
            return;
        }
        let ty = if x.mode == OpMode::NoValue {
            TypeTable::INVALID
        } else {
            x.ty
        };
        self.info.types.insert(
            e.id,
            super::info::TypeAndValue {
                mode: x.mode.to_mode(),
                ty,
                value: if x.mode == OpMode::Constant {
                    x.val.clone()
                } else {
                    None
                },
            },
        );
        if self.is_untyped(ty) && ty != TypeTable::UNTYPED_NIL {
            self.untyped
                .entry(e.id)
                .or_insert(super::check::UntypedEntry { is_lhs: false });
        }
    }
}

/// Write the qualifier of the named packages as a quoted path (`sync.Mutex`
/// becomes `"sync".Mutex`): real Go does so for a package whose name is
/// also used by another package of the build (`internal/sync`), and its
/// messages are the reference.
pub fn quote_packages(s: &str, quoted: &[(String, String)]) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let bytes = s.as_bytes();
    let mut i = 0;
    'outer: while i < s.len() {
        let boundary = i == 0
            || !(bytes[i - 1].is_ascii_alphanumeric()
                || bytes[i - 1] == b'_'
                || bytes[i - 1] == b'.'
                || bytes[i - 1] == b'"');
        if boundary {
            for (name, path) in quoted {
                if s[i..].starts_with(name.as_str()) && s[i + name.len()..].starts_with('.') {
                    out.push('"');
                    out.push_str(path);
                    out.push('"');
                    i += name.len();
                    continue 'outer;
                }
            }
        }
        let c = s[i..].chars().next().unwrap_or(' ');
        out.push(c);
        i += c.len_utf8();
    }
    out
}
