//! Syntax: source files, the lexer (logos, with Go's automatic semicolons),
//! the lalrpop parser glue and the AST. Knows nothing of types or the VM.

pub mod ast;
pub mod source;
