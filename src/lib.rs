//! gosub: an interpreter for Go, with goroutines on a G/M/P scheduler.
//!
//! (The architecture overview is written here as the stages land.)

pub mod cli;
pub mod compiler;
pub mod diag;
pub mod repl;
pub mod runtime;
pub mod stdlib;
pub mod syntax;
pub mod types;
pub mod vm;
