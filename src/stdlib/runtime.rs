//! Package runtime (the Go library package, not `crate::runtime`): the
//! scheduler's knobs (`GOMAXPROCS`, `NumGoroutine`, `Gosched`, `Goexit`,
//! `NumCPU`, `GC`) as natives, and the glue every blocking native of the
//! library uses to reach the goroutine it runs on.
//!
//! # The current goroutine
//!
//! A native runs inside `Task::run(g, budget)`; the fiber keeps its `G`
//! (`Fiber::g`). `current_g` gives it with the scheduler. Outside the
//! scheduler (a fiber run directly) there is none, and a native that would
//! have to block reports a fatal error instead.

use crate::runtime::{G, Sched};
use crate::vm::fiber::{Fiber, Machine};
use crate::vm::native::{NativeCtx, NativeFn, NativeOut};
use crate::vm::panic::Panic;
use crate::vm::value::Value;
use std::sync::Arc;

/// The scheduler and the G the calling native runs on.
pub fn current_g(ctx: &NativeCtx) -> Result<(Sched, Arc<G>), Panic> {
    match (Sched::current(), ctx.fiber.g.clone()) {
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

/// `runtime.Gosched`: the VM yields the processor after the call.
fn gosched(_ctx: &mut NativeCtx, _args: &[Value]) -> Result<NativeOut, Panic> {
    Ok(NativeOut::Yield)
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

/// Starts `f(args)` in a new goroutine from outside any goroutine (a
/// timer callback: `AfterFunc`), on the scheduler of the calling M.
pub fn spawn_go(m: &Arc<Machine>, f: Value, args: Vec<Value>) {
    if let Some(s) = Sched::current() {
        s.spawn(Box::new(Fiber::new(m.clone(), f, args, 0)));
    }
}
