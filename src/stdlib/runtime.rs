//! Package runtime (the Go library package, not `crate::runtime`): the
//! scheduler's knobs (`GOMAXPROCS`, `NumGoroutine`, `Gosched`, `Goexit`,
//! `NumCPU`, `GC`) as natives, and the glue every blocking native of the
//! library uses to reach the goroutine it runs on.
//!
//! # The current goroutine
//!
//! A native runs inside `Task::run(g, budget)` on an M thread; the runtime
//! hands the task its `G` there. `current_g` reads it from a thread-local
//! set around each `run` call (`set_current_g`): an M runs one task at a
//! time and natives run on that M's thread, so the thread-local is exactly
//! "the G whose fiber is executing". Outside the scheduler (unit tests that
//! run a fiber directly) there is no G, and a native that would have to
//! block reports it as a fatal error instead.

use crate::runtime::{G, Sched};
use crate::vm::native::{NativeCtx, NativeFn, NativeOut};
use crate::vm::panic::Panic;
use crate::vm::value::Value;
use std::cell::RefCell;
use std::sync::Arc;

thread_local! {
    /// The G whose task this thread is running (see the module docs).
    static CURRENT_G: RefCell<Option<Arc<G>>> = const { RefCell::new(None) };
}

/// Records the G this thread is about to run (None when it stops).
pub fn set_current_g(g: Option<Arc<G>>) {
    CURRENT_G.with(|c| *c.borrow_mut() = g);
}

/// The scheduler and the G the calling native runs on.
pub fn current_g() -> Result<(Sched, Arc<G>), Panic> {
    let g = CURRENT_G.with(|c| c.borrow().clone());
    match (Sched::current(), g) {
        (Some(s), Some(g)) => Ok((s, g)),
        _ => Err(Panic::Fatal(
            "blocking library call outside the scheduler".into(),
        )),
    }
}

pub fn natives() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("runtime.GOMAXPROCS", gomaxprocs as NativeFn),
        ("runtime.NumCPU", num_cpu as NativeFn),
        ("runtime.NumGoroutine", num_goroutine as NativeFn),
        ("runtime.Gosched", gosched as NativeFn),
        ("runtime.Goexit", goexit as NativeFn),
        ("runtime.GC", nop as NativeFn),
        ("runtime.KeepAlive", nop as NativeFn),
        ("runtime.Version", version as NativeFn),
        ("runtime.Caller", caller as NativeFn),
        ("runtime.ReadMemStats", nop as NativeFn),
    ]
}

/// The GOMAXPROCS a program starts with: `$GOMAXPROCS` if it is a positive
/// number, else the number of CPUs (Go's `schedinit`).
pub fn initial_gomaxprocs() -> usize {
    std::env::var("GOMAXPROCS")
        .ok()
        .and_then(|s| s.trim().parse::<usize>().ok())
        .filter(|&n| n > 0)
        .unwrap_or_else(ncpu)
}

fn ncpu() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

fn gomaxprocs(_ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    let n = args[0].int();
    let old = match Sched::current() {
        // n < 1 only queries, as in Go.
        Some(s) => s.gomaxprocs(if n > 0 { n as usize } else { 0 }),
        None => initial_gomaxprocs(),
    };
    Ok(NativeOut::One(Value::Int(old as i64)))
}

fn num_cpu(_ctx: &mut NativeCtx, _args: &[Value]) -> Result<NativeOut, Panic> {
    Ok(NativeOut::One(Value::Int(ncpu() as i64)))
}

fn num_goroutine(_ctx: &mut NativeCtx, _args: &[Value]) -> Result<NativeOut, Panic> {
    let n = Sched::current().map_or(1, |s| s.num_goroutine());
    Ok(NativeOut::One(Value::Int(n as i64)))
}

/// The wait-slot marker of a goroutine that yielded in `Gosched`.
struct Yielded;

/// `runtime.Gosched`: the first call parks the G and readies it at once
/// (it goes to the back of a run queue); the re-call returns.
fn gosched(_ctx: &mut NativeCtx, _args: &[Value]) -> Result<NativeOut, Panic> {
    let Ok((_, g)) = current_g() else {
        return Ok(NativeOut::None);
    };
    if g.take_wait_as::<Yielded>().is_some() {
        return Ok(NativeOut::None);
    }
    g.set_wait(Box::new(Yielded));
    g.prepare_park(crate::runtime::WaitReason::Zero);
    crate::runtime::ready(&g);
    Ok(NativeOut::Park)
}

/// `runtime.Goexit`: the VM unwinds the goroutine running its deferred
/// calls (recover returns nil meanwhile), then ends it.
fn goexit(_ctx: &mut NativeCtx, _args: &[Value]) -> Result<NativeOut, Panic> {
    Err(Panic::Goexit)
}

fn nop(_ctx: &mut NativeCtx, _args: &[Value]) -> Result<NativeOut, Panic> {
    Ok(NativeOut::None)
}

fn version(_ctx: &mut NativeCtx, _args: &[Value]) -> Result<NativeOut, Panic> {
    Ok(NativeOut::One(Value::str_from("go1.27")))
}

/// `runtime.Caller(skip)`: file and line of the frame `skip` levels above
/// the caller of `Caller`.
fn caller(ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    let skip = args[0].int().max(0) as usize;
    let tb = ctx.fiber.traceback();
    Ok(NativeOut::Many(match tb.get(skip) {
        Some((_, file, line)) => vec![
            Value::Int(0),
            Value::str_from(file),
            Value::Int(*line as i64),
            Value::Bool(true),
        ],
        None => vec![
            Value::Int(0),
            Value::str_from(""),
            Value::Int(0),
            Value::Bool(false),
        ],
    }))
}

// ---- Glue between the VM's fibers and the scheduler ----
//
// TEMPORARY, until the VM's own goroutine wiring lands (it owns `Task` for
// fibers, `go` and channels): enough to run goroutines that block in this
// library (sync, time.Sleep) so the library can be tested.

use crate::runtime::{RunExit as SchedExit, Task};
use crate::vm::fiber::{Fiber, Machine};
use crate::vm::task::RunExit as VmExit;

/// A goroutine's fiber as the scheduler's task.
pub struct FiberTask {
    pub fiber: Fiber,
    /// Goroutine 1: returning from it ends the program.
    pub main: bool,
}

impl Task for FiberTask {
    fn run(&mut self, g: &Arc<G>, budget: u32) -> SchedExit {
        self.fiber.goid = g.id();
        set_current_g(Some(g.clone()));
        let r = self.fiber.run(budget);
        set_current_g(None);
        match r {
            VmExit::Yield => SchedExit::Yield,
            VmExit::Park => SchedExit::Park,
            VmExit::Done if self.main && !self.fiber.goexiting() => {
                self.fiber.m.out.flush();
                SchedExit::Exit(0)
            }
            VmExit::Done => SchedExit::Done,
            VmExit::Exit(code) => {
                self.fiber.m.out.flush();
                SchedExit::Exit(code)
            }
        }
    }
}

/// Starts `f(args)` in a new goroutine (the `go` statement; AfterFunc).
pub fn spawn_go(sched: &Sched, m: &Arc<Machine>, f: Value, args: Vec<Value>) {
    let fiber = Fiber::new(m.clone(), f, args, 0);
    sched.spawn(Box::new(FiberTask { fiber, main: false }));
}

/// Runs `f` as goroutine 1 on a new scheduler; the exit code.
pub fn run_main_fiber(f: Fiber) -> i32 {
    let sched = Sched::new(initial_gomaxprocs());
    let m = f.m.clone();
    sched.set_deadlock_hook(Box::new(move |r| {
        m.out.write_stderr(r.to_string().as_bytes());
    }));
    let out = f.m.clone();
    let code = sched.run_main(Box::new(FiberTask { fiber: f, main: true }));
    out.out.flush();
    code
}
