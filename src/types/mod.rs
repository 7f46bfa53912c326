//! The type checker: scopes, declarations, constants, expressions and
//! statements of Go, producing `Info` (what every expression is) and the
//! `TypeTable`, or Go-worded diagnostics.

pub mod info;
pub mod ty;
