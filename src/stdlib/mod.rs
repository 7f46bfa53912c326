//! Native implementations of Go's standard library packages.

pub mod format;
