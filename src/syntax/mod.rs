//! Syntax: source files, the lexer (logos, with Go's automatic semicolons),
//! the lalrpop parser glue and the AST. Knows nothing of types or the VM.

mod actions;
pub mod ast;
pub mod lexer;
pub mod parser;
pub mod source;
pub mod token;
