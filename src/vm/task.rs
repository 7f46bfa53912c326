//! The face the VM shows the scheduler: a goroutine is a `Fiber`, which
//! implements the runtime's `Task` (run for a budget, say why it stopped).
//! `run_main` starts the scheduler with the program's entry as goroutine 1;
//! `spawn` is the `go` statement.

use super::exec::ExecExit;
use super::fiber::{Fiber, FrameKind, RET_DISCARD};
use super::panic::Panic;
use super::value::Value;
use crate::runtime::{G, MAIN_GOID, RunExit, Sched, Task};
use std::sync::Arc;

impl Fiber {
    /// Run this goroutine for at most `budget` backward jumps and calls.
    pub fn run_budget(&mut self, budget: u32) -> RunExit {
        if self.frames.is_empty() {
            // first run: regs[0] is the function value, regs[1..] the arguments
            let nargs = self.regs.len() - 1;
            match self.call_value_at(0, 1, nargs, RET_DISCARD, FrameKind::Boundary) {
                Ok(true) => {}
                Ok(false) => return self.done(),
                Err(e) => return self.finish(e),
            }
        }
        match self.execute(0, budget) {
            Ok(ExecExit::Done) => self.done(),
            Ok(ExecExit::Yield) => RunExit::Yield,
            Ok(ExecExit::Park) => RunExit::Park,
            Err(e) => self.finish(e),
        }
    }

    /// The goroutine's function returned: for main, the program ends.
    fn done(&mut self) -> RunExit {
        if self.goid == MAIN_GOID && !self.goexiting() {
            self.m.out.flush();
            RunExit::Exit(0)
        } else {
            RunExit::Done
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
                if msg == super::exec::STACK_OVERFLOW {
                    self.m
                        .out
                        .write_stderr(b"runtime: goroutine stack exceeds 1000000000-byte limit\n");
                }
                let s = format!(
                    "fatal error: {msg}\n\ngoroutine {} [running]:\n{}",
                    self.goid,
                    self.traceback_text()
                );
                self.m.out.write_stderr(s.as_bytes());
                RunExit::Exit(2)
            }
            Panic::Value { value, sigsegv } => {
                self.begin_panic(value, sigsegv);
                self.report_panic()
            }
            Panic::Unwinding if self.goexiting() => {
                // runtime.Goexit finished its deferred calls; the record
                // stays so `done` can tell Goexit from a return
                self.frames.clear();
                self.done()
            }
            Panic::Unwinding => self.report_panic(),
            Panic::Goexit => {
                self.begin_goexit();
                self.done()
            }
        }
    }

    fn report_panic(&mut self) -> RunExit {
        self.frames.clear();
        let s = self.panic_report();
        self.m.out.write_stderr(s.as_bytes());
        RunExit::Exit(2)
    }

    /// `main.f(...)` / `\tfile:line +0x0` lines, innermost first.
    pub fn traceback_text(&self) -> String {
        let mut s = String::new();
        for (name, file, line) in &self.traceback() {
            if name.starts_with("...") {
                s.push_str(name);
                s.push('\n');
            } else if !file.is_empty() {
                s.push_str(&format!("{name}(...)\n\t{file}:{line} +0x0\n"));
            }
        }
        s
    }
}

impl Task for Fiber {
    fn run(&mut self, g: &Arc<G>, budget: u32) -> RunExit {
        if self.g.is_none() {
            self.goid = g.id();
            self.g = Some(g.clone());
        }
        self.run_budget(budget)
    }

    fn traceback(&self) -> String {
        self.traceback_text()
    }
}

/// `go f(args)`: a new goroutine on the current scheduler.
pub fn spawn(f: &mut Fiber, callee: Value, args: Vec<Value>) -> Result<(), Panic> {
    let fiber = Fiber::new(f.m.clone(), callee, args, 0);
    match Sched::spawn_current(Box::new(fiber)) {
        Ok(_) => Ok(()),
        Err(_) => Err(Panic::Fatal("go statement outside the scheduler".into())),
    }
}

/// Run the program: the main goroutine on a new scheduler; the exit code.
pub fn run_main(f: Fiber) -> i32 {
    let m = f.m.clone();
    let procs = std::env::var("GOMAXPROCS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1)
        });
    let sched = Sched::new(procs);
    let m2 = m.clone();
    sched.set_deadlock_hook(Box::new(move |report| {
        m2.out.write_stderr(report.to_string().as_bytes());
    }));
    let code = sched.run_main(Box::new(f));
    m.out.flush();
    code
}
