//! The standard library: package declarations (Go source, `decls/`).

pub mod decls;
