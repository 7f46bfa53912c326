//! Running inputs on the runtime's scheduler, which lives as long as the
//! session, so goroutines started at the prompt keep running between
//! inputs; and Ctrl-C.
//!
//! * Goroutine 1 is a *keeper* that sits in a `Sched::syscall` until the
//!   session ends: while it does, the scheduler's deadlock detector stays
//!   quiet (a later input may always wake a blocked goroutine), and the
//!   scheduler never runs out of goroutines.
//! * Each input's entry runs as a new goroutine (an `InputTask` wrapping
//!   the VM's fiber); the REPL's thread waits for it to finish.
//! * Ctrl-C (SIGINT, caught while an input runs on a terminal) sets
//!   `INTERRUPT`; the waiting thread then *abandons* the input: the task
//!   returns `Done` the next time the scheduler runs it (within one
//!   preemption budget, as the VM yields on backward jumps and calls, so
//!   `for {}` stops too). Its deferred calls do not run.
//! * An input that waits while every goroutine is blocked and no timer is
//!   pending can never finish: that is reported as Go's deadlock error and
//!   the input is abandoned (the blocked goroutines stay, a later input may
//!   wake them).
//! * A panic (or `os.Exit`) in a background goroutine ends the scheduler,
//!   as it ends a Go program; the REPL says so and starts a fresh scheduler
//!   for the next input (the session's variables are kept).

use crate::runtime::{G, MAIN_GOID, RunExit, Sched, Task};
use crate::vm::fiber::{Fiber, Machine};
use crate::vm::value::{Callee, Closure, Value};
use parking_lot::{Condvar, Mutex};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// Set by Ctrl-C (the SIGINT handler) while an input runs.
pub static INTERRUPT: AtomicBool = AtomicBool::new(false);

#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub enum RunOutcome {
    Done,
    /// A panic or a fatal error, already reported.
    Failed,
    Interrupted,
    /// `os.Exit(code)` in the input's own goroutine.
    Exit(i32),
}

/// A one-shot flag with a condition variable.
#[derive(Default)]
struct Signal {
    value: Mutex<Option<i32>>,
    cv: Condvar,
}

impl Signal {
    fn set(&self, v: i32) {
        *self.value.lock() = Some(v);
        self.cv.notify_all();
    }
    fn get(&self) -> Option<i32> {
        *self.value.lock()
    }
}

/// Goroutine 1: keeps the scheduler alive and its deadlock detector quiet.
struct Keeper {
    stop: Arc<Signal>,
}

impl Task for Keeper {
    fn run(&mut self, _g: &Arc<G>, _budget: u32) -> RunExit {
        let stop = self.stop.clone();
        let wait = move || {
            let mut v = stop.value.lock();
            while v.is_none() {
                stop.cv.wait(&mut v);
            }
        };
        match Sched::current() {
            Some(s) => s.syscall(wait),
            None => wait(),
        }
        RunExit::Exit(0)
    }
}

/// How an input's goroutine ended, and whether it was abandoned.
#[derive(Default)]
struct Done {
    outcome: Mutex<Option<RunOutcome>>,
    cv: Condvar,
    abandoned: AtomicBool,
}

impl Done {
    fn finish(&self, o: RunOutcome) {
        *self.outcome.lock() = Some(o);
        self.cv.notify_all();
    }
}

/// An input's entry function as a goroutine.
struct InputTask {
    fiber: Fiber,
    done: Arc<Done>,
}

impl Task for InputTask {
    fn run(&mut self, g: &Arc<G>, budget: u32) -> RunExit {
        if self.done.abandoned.load(Ordering::SeqCst) {
            return RunExit::Done;
        }
        if self.fiber.g.is_none() {
            // The input is the REPL's main goroutine: tracebacks say
            // `goroutine 1`, and returning is `Exit(0)` as for Go's main.
            self.fiber.g = Some(g.clone());
            self.fiber.goid = MAIN_GOID;
        }
        match Task::run(&mut self.fiber, g, budget) {
            RunExit::Yield => RunExit::Yield,
            RunExit::Park => RunExit::Park,
            RunExit::Done => {
                self.done.finish(RunOutcome::Done);
                RunExit::Done
            }
            RunExit::Exit(code) => {
                let o = match (self.fiber.exit_code, code) {
                    (Some(c), _) => RunOutcome::Exit(c),
                    (None, 0) => RunOutcome::Done,
                    (None, _) => RunOutcome::Failed,
                };
                self.done.finish(o);
                RunExit::Done
            }
        }
    }

    fn traceback(&self) -> String {
        self.fiber.traceback_text()
    }
}

/// One scheduler with its keeper.
struct Live {
    sched: Sched,
    stop: Arc<Signal>,
    /// Set (to the exit code) when the scheduler ended.
    exited: Arc<Signal>,
}

impl Live {
    fn start() -> Live {
        let procs = std::env::var("GOMAXPROCS")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::thread::available_parallelism()
                    .map(|n| n.get())
                    .unwrap_or(1)
            });
        let sched = Sched::new(procs);
        let stop = Arc::new(Signal::default());
        let exited = Arc::new(Signal::default());
        let (s2, stop2, exited2) = (sched.clone(), stop.clone(), exited.clone());
        let started = std::thread::Builder::new()
            .name("gosub-sched".into())
            .spawn(move || {
                let code = s2.run_main(Box::new(Keeper { stop: stop2 }));
                exited2.set(code);
            });
        if started.is_err() {
            exited.set(2);
        }
        Live {
            sched,
            stop,
            exited,
        }
    }

    fn shutdown(&self) {
        self.sched.exit(0);
        self.stop.set(0);
    }
}

/// The session's goroutines.
pub struct Runtime {
    live: Live,
}

impl Default for Runtime {
    fn default() -> Self {
        Self::new()
    }
}

impl Runtime {
    pub fn new() -> Runtime {
        Runtime {
            live: Live::start(),
        }
    }

    /// Run function `entry` of `m`'s program as a goroutine and wait until
    /// it finishes, fails, deadlocks or is interrupted. `note` reports what
    /// the REPL has to say (a restarted scheduler, a deadlock).
    pub fn run_entry(&mut self, m: &Arc<Machine>, entry: u32, note: &dyn Fn(&str)) -> RunOutcome {
        if let Some(code) = self.live.exited.get() {
            note(&format!(
                "[goroutines were stopped: a goroutine ended the program (exit status {code}); starting afresh]\n"
            ));
            self.live.shutdown();
            self.live = Live::start();
        }
        INTERRUPT.store(false, Ordering::SeqCst);
        let f = Value::Func(Arc::new(Closure {
            callee: Callee::Go(entry),
            captures: Box::new([]),
            recv: None,
        }));
        let done = Arc::new(Done::default());
        let task = InputTask {
            fiber: Fiber::new(m.clone(), f, vec![], 0),
            done: done.clone(),
        };
        let g = self.live.sched.spawn(Box::new(task));
        let mut asleep_checks = 0;
        let mut outcome = done.outcome.lock();
        loop {
            if let Some(o) = *outcome {
                return o;
            }
            if self.live.exited.get().is_some() {
                done.abandoned.store(true, Ordering::SeqCst);
                return RunOutcome::Failed;
            }
            if INTERRUPT.swap(false, Ordering::SeqCst) {
                done.abandoned.store(true, Ordering::SeqCst);
                return RunOutcome::Interrupted;
            }
            if self.all_asleep() {
                asleep_checks += 1;
                if asleep_checks >= 3 {
                    done.abandoned.store(true, Ordering::SeqCst);
                    note(&format!(
                        "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine {} [{}]:\n",
                        g.id(),
                        g.wait_reason().as_str()
                    ));
                    return RunOutcome::Failed;
                }
            } else {
                asleep_checks = 0;
            }
            done.cv.wait_for(&mut outcome, Duration::from_millis(20));
        }
    }

    /// Every goroutine but the keeper is blocked and nothing can wake them.
    fn all_asleep(&self) -> bool {
        let s = &self.live.sched;
        if s.pending_timers() > 0 || s.stats().global_runq > 0 {
            return false;
        }
        s.all_goroutines()
            .iter()
            .filter(|g| g.id() != MAIN_GOID)
            .all(|g| g.status().is_blocked())
    }
}

impl Drop for Runtime {
    fn drop(&mut self) {
        self.live.shutdown();
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
