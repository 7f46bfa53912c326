//! The runtime: goroutines on a G/M/P work-stealing scheduler, channels,
//! `select`, timers, deadlock detection and scheduler tracing, written
//! independently of the VM, which plugs in through a small API.
//!
//! # How the VM uses it
//!
//! * Each goroutine is a `Task` (the VM's fiber). `Sched::run_main` runs
//!   main as goroutine 1 and returns the exit code; `Sched::spawn` is the
//!   `go` statement.
//! * `Task::run(g, budget)` interprets until the goroutine blocks
//!   (`RunExit::Park`), uses up its budget (`Yield`: preemption), finishes
//!   (`Done`) or ends the program (`Exit(code)`).
//! * Blocking operations (`Hchan::send`/`recv`/`close`, `selectgo`,
//!   `Sched::sleep`, `park_forever` for nil channels and `select {}`)
//!   return `Op::Ready(result)` or `Op::Park`. On `Park` the VM returns
//!   `RunExit::Park` *without advancing its pc*; when the goroutine runs
//!   again it re-executes the instruction, and the operation, called again,
//!   returns its result. See `g.rs` for why this is race-free.
//! * Timers for the stdlib: `Sched::add_timer`/`stop_timer`/`reset_timer`
//!   and `Hchan::try_send`/`drain` for Go 1.23 timer channels.
//! * `Sema` and `NotifyList` (resumable too) for the stdlib's `sync`.
//! * `Sched::syscall` and `Sched::block_current_m` for native calls that
//!   must block an OS thread.
//!
//! # Files
//!
//! * `g.rs`: the G, the `Task` trait, the status protocol (park/ready).
//! * `sched.rs`: Ps, Ms, run queues, stealing, idle Ms, GOMAXPROCS, exit.
//! * `chan.rs`: channels and their waiters (Go's `sudog`).
//! * `select.rs`: `selectgo`.
//! * `timer.rs`: the timer heap and `sleep`.
//! * `sema.rs`: semaphores and notify lists for the stdlib's `sync`.
//! * `deadlock.rs`: `checkdead` and Go's report.
//! * `trace.rs`: `GODEBUG=schedtrace=N`.
//! * `fastrand.rs`: the cheap per-thread RNG for scheduling decisions.

pub mod chan;
pub mod deadlock;
mod fastrand;
pub mod g;
pub mod sched;
pub mod select;
pub mod sema;
pub mod timer;
pub mod trace;

pub use chan::{ChanError, Hchan, TrySend, park_forever};
pub use deadlock::{DeadlockReport, GoroutineDump};
pub use g::{G, GStatus, Op, RunExit, Task, WaitReason, ready};
pub use sched::{
    DEFAULT_BUDGET, DeadlockHook, FIRST_USER_GOID, MAIN_GOID, MStat, PStat, Sched, SchedStats,
};
pub use select::{SelectCase, Selected, selectgo};
pub use sema::{NotifyList, Sema};
pub use timer::{TimerFn, TimerHandle};
