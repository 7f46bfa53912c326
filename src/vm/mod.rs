//! The virtual machine: values and memory, the instruction set, the
//! dispatch loop, panics, and the face shown to the scheduler.
//!
//! | file | owns |
//! |---|---|
//! | `value.rs` | `Value` (24 bytes, `Send + Sync`), closures, interfaces |
//! | `heap.rs` | stores behind aggregates, slices, cells; copy semantics |
//! | `map.rs` | Go maps and their iteration |
//! | `chan.rs` | channels (placeholder until the runtime's `Hchan`) |
//! | `instr.rs` | the instruction set, one line per opcode |
//! | `program.rs` | compiled functions, natives, the linked program |
//! | `types_rt.rs` | zero values, sizes, method lookup, `implements` |
//! | `fiber.rs` | a goroutine's frames, registers, defers, panics |
//! | `exec.rs` | the dispatch loop |
//! | `ops.rs` | longer opcode bodies (bounds, slicing, append, UTF-8) |
//! | `panic.rs` | raising, unwinding, recover, the fatal report |
//! | `native.rs` | the native calling convention, `NativeCtx` |
//! | `task.rs` | `RunExit` and running goroutines |
//! | `output.rs` | buffered stdout / stderr |
//! | `disasm.rs` | readable bytecode listings |

pub mod chan;
pub mod disasm;
pub mod exec;
pub mod fiber;
pub mod heap;
pub mod instr;
pub mod map;
pub mod native;
pub mod ops;
pub mod output;
pub mod panic;
pub mod program;
pub mod task;
pub mod types_rt;
pub mod value;

#[cfg(test)]
mod tests;
