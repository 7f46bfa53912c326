//! The face the VM shows the scheduler: a goroutine is a `Fiber` that runs
//! for a budget and says why it stopped.
//!
//! Until the runtime's G/M/P scheduler is merged, `run_main` runs the main
//! goroutine alone, and `go` statements report that they need the scheduler.

use super::exec::ExecExit;
use super::fiber::{Fiber, FrameKind, RET_DISCARD};
use super::panic::Panic;
use super::value::Value;

/// Why `Fiber::run` returned.
#[derive(Debug, PartialEq, Eq)]
pub enum RunExit {
    /// Budget exhausted: put it back on a run queue.
    Yield,
    /// A blocking operation registered this goroutine as a waiter; the pc is
    /// on that instruction, which runs again when the goroutine is woken.
    Park,
    /// The goroutine's function returned.
    Done,
    /// The program must exit with this code: an unrecovered panic or a fatal
    /// error (already reported on stderr, code 2), or `os.Exit(code)`.
    Exit(i32),
}

impl Fiber {
    /// Run this goroutine for at most `budget` backward jumps and calls.
    pub fn run(&mut self, budget: u32) -> RunExit {
        if self.frames.is_empty() {
            // first run: regs[0] is the function value, regs[1..] the arguments
            let nargs = self.regs.len() - 1;
            match self.call_value_at(0, 1, nargs, RET_DISCARD, FrameKind::Boundary) {
                Ok(true) => {}
                Ok(false) => return RunExit::Done,
                Err(e) => return self.finish(e),
            }
        }
        match self.execute(0, budget) {
            Ok(ExecExit::Done) => RunExit::Done,
            Ok(ExecExit::Yield) => RunExit::Yield,
            Ok(ExecExit::Park) => RunExit::Park,
            Err(e) => self.finish(e),
        }
    }

    /// Report how the goroutine died and give the exit code.
    fn finish(&mut self, e: Panic) -> RunExit {
        match e {
            Panic::Exit(code) => {
                // REPL hook: tells `os.Exit` apart from a panic's exit.
                self.exit_code = Some(code);
                self.m.out.flush();
                RunExit::Exit(code)
            }
            Panic::Fatal(msg) => {
                let s = format!("fatal error: {msg}\n\ngoroutine {} [running]:\n", self.goid);
                self.m.out.write_stderr(s.as_bytes());
                RunExit::Exit(2)
            }
            Panic::Value { value, sigsegv } => {
                self.begin_panic(value, sigsegv);
                self.report_panic()
            }
            Panic::Unwinding => self.report_panic(),
        }
    }

    fn report_panic(&mut self) -> RunExit {
        self.frames.clear();
        let s = self.panic_report();
        self.m.out.write_stderr(s.as_bytes());
        RunExit::Exit(2)
    }
}

/// `go f(args)`: needs the scheduler, which is not merged yet.
pub fn spawn(_f: &mut Fiber, _callee: Value, _args: Vec<Value>) -> Result<(), Panic> {
    Err(Panic::Fatal(
        "go statements need the scheduler (not yet supported)".into(),
    ))
}

/// Run the main goroutine alone to completion; the process exit code.
pub fn run_main(f: &mut Fiber) -> i32 {
    loop {
        match f.run(10_000) {
            RunExit::Yield => continue,
            RunExit::Done => {
                f.m.out.flush();
                return 0;
            }
            RunExit::Park => {
                f.m.out.write_stderr(b"fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n");
                return 2;
            }
            RunExit::Exit(code) => {
                f.m.out.flush();
                return code;
            }
        }
    }
}
