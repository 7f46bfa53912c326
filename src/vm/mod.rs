//! The virtual machine: values and memory, the instruction set, the
//! dispatch loop, panics, and the face shown to the scheduler.
//!
//! In brief:
//! - **Values** (`value.rs`, `heap.rs`): a 24-byte `Value`, `Send + Sync`.
//!   Scalars are immediate; strings are `Arc<[u8]>`; structs and arrays
//!   are references to a `Store` owned by their variable (assignment copies
//!   into it, reads into new locations copy), so `&x`, `&s.f`, `&a[i]` and
//!   `a[:]` alias real memory. Stores are relaxed atomics for numbers and a
//!   `parking_lot::Mutex` per slot otherwise: racy Go programs give racy
//!   results, never undefined behaviour. Reference counting frees memory;
//!   cycles leak.
//! - **Instructions** (`instr.rs`): register-based, typed (`AddInt`,
//!   `LtFloat`, `Concat`...), 8 bytes each, one line of semantics each.
//! - **Execution** (`exec.rs`, `fiber.rs`): one `Fiber` per goroutine holds
//!   frames, registers (growing from 8), defers and panics;
//!   `Fiber::run(g, budget)` (the runtime's `Task`) returns `Yield`, `Park`
//!   (pc left on the blocking instruction, re-executed on wake-up), `Done`
//!   or `Exit(code)`.
//! - **Natives** (`native.rs`): `fn(&mut NativeCtx, &[Value]) ->
//!   Result<NativeOut, Panic>`, bound by qualified name; `NativeCtx::call`
//!   re-enters Go code on the same fiber.
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
