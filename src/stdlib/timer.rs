//! time's runtime timers: `startTimer`, `stopTimer`, `resetTimer` over the
//! scheduler's timer heap. A channel timer sends the current `Time` without
//! blocking (Go 1.23 semantics: Stop and Reset drain a value not yet
//! received); a func timer (`AfterFunc`) runs `f` in a new goroutine.
//! `runtimeTimer.id` indexes the registry of live timers.

use crate::runtime::{Sched, TimerHandle, TrySend};
use crate::vm::fiber::{Fiber, Machine};
use crate::vm::native::{NativeCtx, NativeFn, NativeOut};
use crate::vm::panic::Panic;
use crate::vm::value::Value;
use parking_lot::Mutex;
use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

type R = Result<NativeOut, Panic>;

struct Entry {
    handle: TimerHandle,
    chan: Value,
}

fn registry() -> &'static Mutex<HashMap<i64, Entry>> {
    static REG: OnceLock<Mutex<HashMap<i64, Entry>>> = OnceLock::new();
    REG.get_or_init(Default::default)
}

static NEXT_ID: AtomicI64 = AtomicI64::new(1);

fn nanos(d: i64) -> Duration {
    Duration::from_nanos(d.max(0) as u64)
}

/// The current time as a `time.Time` (built from the channel's zero value).
fn now_value(zero: Value) -> Value {
    if let Value::Agg(st) = &zero {
        let wall = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as i64)
            .unwrap_or(0);
        st.store(0, Value::Int(wall));
        st.store(1, Value::Int(1));
    }
    zero
}

fn start_timer(ctx: &mut NativeCtx, a: &[Value]) -> R {
    let Some(sched) = Sched::current() else {
        return Err(Panic::Fatal("timer outside the scheduler".into()));
    };
    let chan = a[0].clone();
    if let Value::Chan(c) = &chan
        && let Some(c) = crate::vm::chan::as_chan(c)
    {
        c.timer.store(true, std::sync::atomic::Ordering::Relaxed);
    }
    let f = a[1].clone();
    let (d, period) = (a[2].int(), a[3].int());
    let m: Arc<Machine> = ctx.fiber.m.clone();
    let s2 = sched.clone();
    let c2 = chan.clone();
    let cb: Box<dyn FnMut() + Send> = Box::new(move || {
        if let Value::Chan(c) = &c2 {
            if let Some(c) = crate::vm::chan::as_chan(c) {
                let v = now_value(c.zero());
                if let TrySend::Full(_) | TrySend::Closed(_) = c.ch.try_send(v) {}
            }
        } else if !f.is_nil() {
            s2.spawn(Box::new(Fiber::new(m.clone(), f.clone(), vec![], 0)));
        }
    });
    let p = if period > 0 {
        Some(nanos(period))
    } else {
        None
    };
    let handle = sched.add_timer(Instant::now() + nanos(d), p, cb);
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    registry().lock().insert(id, Entry { handle, chan });
    let t = ctx.prog().zero(timer_type(ctx));
    if let Value::Agg(st) = &t {
        st.store(0, Value::Int(id));
    }
    Ok(NativeOut::One(t))
}

/// `runtimeTimer`'s type: the result type of `time.startTimer`.
fn timer_type(ctx: &NativeCtx) -> crate::types::ty::TypeId {
    let types = &ctx.prog().types;
    (0..types.len() as u32)
        .map(crate::types::ty::TypeId)
        .find(|&t| {
            types
                .named(t)
                .is_some_and(|n| n.name == "runtimeTimer" && n.pkg == "time")
        })
        .unwrap_or(crate::types::ty::TypeTable::INVALID)
}

fn timer_id(v: &Value) -> i64 {
    match v {
        Value::Agg(st) => st.load(0).int(),
        _ => 0,
    }
}

fn drain(chan: &Value) {
    if let Value::Chan(c) = chan
        && let Some(c) = crate::vm::chan::as_chan(c)
    {
        c.ch.drain();
    }
}

fn stop_timer(_: &mut NativeCtx, a: &[Value]) -> R {
    let Some(sched) = Sched::current() else {
        return Ok(NativeOut::One(Value::Bool(false)));
    };
    let reg = registry().lock();
    let Some(e) = reg.get(&timer_id(&a[0])) else {
        return Ok(NativeOut::One(Value::Bool(false)));
    };
    let was = sched.stop_timer(&e.handle);
    drain(&e.chan);
    Ok(NativeOut::One(Value::Bool(was)))
}

fn reset_timer(_: &mut NativeCtx, a: &[Value]) -> R {
    let Some(sched) = Sched::current() else {
        return Ok(NativeOut::One(Value::Bool(false)));
    };
    let reg = registry().lock();
    let Some(e) = reg.get(&timer_id(&a[0])) else {
        return Ok(NativeOut::One(Value::Bool(false)));
    };
    drain(&e.chan);
    let p = if a[2].int() > 0 {
        Some(nanos(a[2].int()))
    } else {
        None
    };
    let was = sched.reset_timer(&e.handle, Instant::now() + nanos(a[1].int()), p);
    Ok(NativeOut::One(Value::Bool(was)))
}

pub fn natives() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("time.startTimer", start_timer),
        ("time.stopTimer", stop_timer),
        ("time.resetTimer", reset_timer),
    ]
}
