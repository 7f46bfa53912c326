//! The type checker: scopes, declarations, constants, expressions and
//! statements of Go, producing `Info` (what every expression is) and the
//! `TypeTable`, or Go-worded diagnostics.
//!
//! | file | what it owns |
//! | --- | --- |
//! | `check.rs` | the `Checker` state, the phases of checking a package, the entry types |
//! | `load.rs` | `check_program`, `check_files`: loading library packages in dependency order |
//! | `universe.rs` | predeclared types, constants, `nil`, builtins |
//! | `scope.rs` | scopes, shadowing, redeclaration, `did you mean` hints |
//! | `decl.rs` | package-level and local declarations, type cycles, methods, consts with iota |
//! | `initorder.rs` | package variable initialisation order, initialisation cycles |
//! | `typexpr.rs` | type expressions |
//! | `constant.rs` | exact constant values and arithmetic, representability |
//! | `operand.rs` | operands and their description in messages |
//! | `exprstring.rs` | printing expressions as Go does in messages |
//! | `predicates.rs` | type predicates: comparable, ordered, default types... |
//! | `expr.rs` | expressions, operators, untyped constant bookkeeping |
//! | `call.rs` | calls and conversions |
//! | `builtins.rs` | builtin functions |
//! | `complit.rs` | composite literals |
//! | `assign.rs` | assignability, assignments, `:=`, initialisation |
//! | `lookup.rs` | field and method lookup through embedding |
//! | `methodset.rs` | interface satisfaction and its explanations |
//! | `stmt.rs` | statements and function bodies |
//! | `labels.rs` | labels and labelled branches |
//! | `returns.rs` | terminating statements (`missing return`) |

mod assign;
mod builtins;
mod call;
pub mod check;
mod complit;
pub mod constant;
mod decl;
mod expr;
pub mod exprstring;
pub mod info;
mod initorder;
mod labels;
pub mod load;
mod lookup;
mod methodset;
mod operand;
mod predicates;
mod returns;
mod scope;
mod spelling;
mod stmt;
pub mod ty;
mod typexpr;
mod universe;

#[cfg(test)]
mod tests;

pub use check::{CheckOptions, CheckedPackage, Program};
pub use load::{check_files, check_program};
