//! Running one input's entry function on the REPL's thread, and Ctrl-C.
//!
//! The input runs as goroutine 1 in slices of `SLICE` preemption ticks (the
//! VM counts backward jumps and calls, so `for {}` returns to us too);
//! between slices we look at the interrupt flag, which the SIGINT handler
//! sets while an input runs on a terminal. An interrupted input is simply
//! dropped: its deferred calls do not run, the session's state stays as it
//! was at that moment.

use crate::vm::fiber::{Fiber, Machine};
use crate::vm::task::RunExit;
use crate::vm::value::{Callee, Closure, Value};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Preemption ticks per slice between two looks at the interrupt flag.
const SLICE: u32 = 10_000;

/// Set by Ctrl-C (the SIGINT handler) while an input runs.
pub static INTERRUPT: AtomicBool = AtomicBool::new(false);

#[derive(Debug, PartialEq, Eq)]
pub enum RunOutcome {
    Done,
    /// A panic or a fatal error, already reported on the machine's stderr.
    Failed,
    Interrupted,
    /// `os.Exit(code)`.
    Exit(i32),
}

/// Run function `entry` of `m`'s program to completion (or interruption).
pub fn run_entry(m: &Arc<Machine>, entry: u32) -> RunOutcome {
    INTERRUPT.store(false, Ordering::SeqCst);
    let f = Value::Func(Arc::new(Closure { callee: Callee::Go(entry), captures: Box::new([]), recv: None }));
    let mut fiber = Fiber::new(m.clone(), f, vec![], 1);
    loop {
        if INTERRUPT.swap(false, Ordering::SeqCst) {
            return RunOutcome::Interrupted;
        }
        match fiber.run(SLICE) {
            RunExit::Yield => continue,
            RunExit::Done => return RunOutcome::Done,
            RunExit::Park => {
                m.out.write_stderr(b"fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n");
                return RunOutcome::Failed;
            }
            RunExit::Exit(_) => {
                return match fiber.exit_code {
                    Some(c) => RunOutcome::Exit(c),
                    None => RunOutcome::Failed,
                };
            }
        }
    }
}

extern "C" fn on_sigint(_sig: libc::c_int) {
    INTERRUPT.store(true, Ordering::SeqCst);
}

/// Make Ctrl-C set `INTERRUPT` instead of killing the process (terminal
/// mode only; rustyline handles Ctrl-C itself while it reads a line).
pub fn catch_sigint() {
    // SAFETY: `on_sigint` only stores to an atomic, which is
    // async-signal-safe; installing a handler has no other precondition.
    unsafe {
        libc::signal(libc::SIGINT, on_sigint as *const () as libc::sighandler_t);
    }
}
