//! Natives of sync, time.Sleep and runtime over the scheduler's semaphores,
//! notify lists and timers. The state of a `sync.Mutex`, `RWMutex` or
//! `WaitGroup` lives in the `sema` slot of its `semaState` (a
//! `Value::Native`, created on first use); a `sync.Cond`'s in its
//! `notifyList.head` slot.
//!
//! Resumption: a blocking native returns `Park` after registering the
//! goroutine; when woken, the same call runs again. State changes are
//! handed off by the waker (Unlock grants the lock to the waiter), so the
//! re-call only has to consume the hand-off (`G::has_wait`).

use crate::runtime::{NotifyList, Op, Sched, Sema, WaitReason};
use crate::vm::native::{NativeCtx, NativeFn, NativeOut};
use crate::vm::panic::Panic;
use crate::vm::value::{Iface, Ptr, Value, WHOLE};
use parking_lot::Mutex;
use std::sync::Arc;

type R = Result<NativeOut, Panic>;

struct WaitGroupState {
    /// (counter, waiters)
    st: Mutex<(i64, u64)>,
    sema: Sema,
}

#[derive(Default)]
struct RwCounts {
    readers: i64,
    writer: bool,
    rwait: u64,
    wwait: u64,
}

struct RwState {
    st: Mutex<RwCounts>,
    readers: Sema,
    writers: Sema,
}

/// The runtime state behind `semaState` at `args[0]` (a pointer to a
/// struct whose field 0 is the `semaState`).
fn state<T: Send + Sync + 'static>(ptr: &Value, init: impl FnOnce() -> T) -> Result<Arc<T>, Panic> {
    let Value::Ptr(Ptr { store, idx: WHOLE }) = ptr else {
        return Err(Panic::Fatal("sync: nil receiver".into()));
    };
    let Value::Agg(ss) = store.load(0) else {
        return Err(Panic::Fatal("sync: bad state".into()));
    };
    let v = ss.get_or_init(1, || Value::Native(Arc::new(init())));
    match v {
        Value::Native(n) => n
            .downcast::<T>()
            .map_err(|_| Panic::Fatal("sync: state of another type".into())),
        _ => Err(Panic::Fatal("sync: bad state".into())),
    }
}

fn g_of(ctx: &NativeCtx) -> Result<Arc<crate::runtime::G>, Panic> {
    ctx.fiber
        .g
        .clone()
        .ok_or_else(|| Panic::Fatal("blocking outside the scheduler".into()))
}

fn op(o: Op<()>) -> R {
    Ok(match o {
        Op::Ready(()) => NativeOut::None,
        Op::Park => NativeOut::Park,
    })
}

fn string_panic(msg: &str) -> Panic {
    Panic::value(Value::Iface(Arc::new(Iface {
        ty: crate::types::ty::TypeTable::STRING,
        val: Value::str_from(msg),
    })))
}

fn mutex(a: &Value) -> Result<Arc<Sema>, Panic> {
    state(a, || Sema::new(1))
}

fn mutex_lock(ctx: &mut NativeCtx, a: &[Value]) -> R {
    let m = mutex(&a[0])?;
    let g = g_of(ctx)?;
    op(m.acquire(&g, WaitReason::SyncMutexLock))
}

fn mutex_unlock(_: &mut NativeCtx, a: &[Value]) -> R {
    let m = mutex(&a[0])?;
    if m.available() > 0 {
        return Err(Panic::Fatal("sync: unlock of unlocked mutex".into()));
    }
    m.release();
    Ok(NativeOut::None)
}

fn mutex_trylock(_: &mut NativeCtx, a: &[Value]) -> R {
    Ok(NativeOut::One(Value::Bool(mutex(&a[0])?.try_acquire())))
}

fn wg(a: &Value) -> Result<Arc<WaitGroupState>, Panic> {
    state(a, || WaitGroupState {
        st: Mutex::new((0, 0)),
        sema: Sema::new(0),
    })
}

fn wg_add(_: &mut NativeCtx, a: &[Value]) -> R {
    let w = wg(&a[0])?;
    let wake = {
        let mut st = w.st.lock();
        st.0 += a[1].int();
        if st.0 < 0 {
            return Err(string_panic("sync: negative WaitGroup counter"));
        }
        if st.0 == 0 {
            std::mem::take(&mut st.1)
        } else {
            0
        }
    };
    for _ in 0..wake {
        w.sema.release();
    }
    Ok(NativeOut::None)
}

fn wg_wait(ctx: &mut NativeCtx, a: &[Value]) -> R {
    let w = wg(&a[0])?;
    let g = g_of(ctx)?;
    if g.has_wait() {
        return op(w.sema.acquire(&g, WaitReason::SyncWaitGroupWait));
    }
    {
        let mut st = w.st.lock();
        if st.0 == 0 {
            return Ok(NativeOut::None);
        }
        st.1 += 1;
    }
    op(w.sema.acquire(&g, WaitReason::SyncWaitGroupWait))
}

fn rw(a: &Value) -> Result<Arc<RwState>, Panic> {
    state(a, || RwState {
        st: Mutex::new(RwCounts::default()),
        readers: Sema::new(0),
        writers: Sema::new(0),
    })
}

fn rw_rlock(ctx: &mut NativeCtx, a: &[Value]) -> R {
    let r = rw(&a[0])?;
    let g = g_of(ctx)?;
    if g.has_wait() {
        return op(r.readers.acquire(&g, WaitReason::SyncRWMutexRLock));
    }
    {
        let mut st = r.st.lock();
        if !st.writer && st.wwait == 0 {
            st.readers += 1;
            return Ok(NativeOut::None);
        }
        st.rwait += 1;
    }
    op(r.readers.acquire(&g, WaitReason::SyncRWMutexRLock))
}

fn rw_runlock(_: &mut NativeCtx, a: &[Value]) -> R {
    let r = rw(&a[0])?;
    let grant = {
        let mut st = r.st.lock();
        st.readers -= 1;
        if st.readers < 0 {
            return Err(Panic::Fatal("sync: RUnlock of unlocked RWMutex".into()));
        }
        if st.readers == 0 && st.wwait > 0 {
            st.wwait -= 1;
            st.writer = true;
            true
        } else {
            false
        }
    };
    if grant {
        r.writers.release();
    }
    Ok(NativeOut::None)
}

fn rw_lock(ctx: &mut NativeCtx, a: &[Value]) -> R {
    let r = rw(&a[0])?;
    let g = g_of(ctx)?;
    if g.has_wait() {
        return op(r.writers.acquire(&g, WaitReason::SyncRWMutexLock));
    }
    {
        let mut st = r.st.lock();
        if !st.writer && st.readers == 0 {
            st.writer = true;
            return Ok(NativeOut::None);
        }
        st.wwait += 1;
    }
    op(r.writers.acquire(&g, WaitReason::SyncRWMutexLock))
}

fn rw_unlock(_: &mut NativeCtx, a: &[Value]) -> R {
    let r = rw(&a[0])?;
    let (readers, writer) = {
        let mut st = r.st.lock();
        if !st.writer {
            return Err(Panic::Fatal("sync: Unlock of unlocked RWMutex".into()));
        }
        st.writer = false;
        if st.rwait > 0 {
            let n = std::mem::take(&mut st.rwait);
            st.readers += n as i64;
            (n, false)
        } else if st.wwait > 0 {
            st.wwait -= 1;
            st.writer = true;
            (0, true)
        } else {
            (0, false)
        }
    };
    for _ in 0..readers {
        r.readers.release();
    }
    if writer {
        r.writers.release();
    }
    Ok(NativeOut::None)
}

fn rw_trylock(_: &mut NativeCtx, a: &[Value]) -> R {
    let r = rw(&a[0])?;
    let mut st = r.st.lock();
    let ok = !st.writer && st.readers == 0;
    if ok {
        st.writer = true;
    }
    Ok(NativeOut::One(Value::Bool(ok)))
}

fn rw_tryrlock(_: &mut NativeCtx, a: &[Value]) -> R {
    let r = rw(&a[0])?;
    let mut st = r.st.lock();
    let ok = !st.writer && st.wwait == 0;
    if ok {
        st.readers += 1;
    }
    Ok(NativeOut::One(Value::Bool(ok)))
}

/// The notify list behind `*notifyList` (state in its `head` slot).
fn notify(a: &Value) -> Result<Arc<NotifyList>, Panic> {
    let Value::Ptr(Ptr { store, idx: WHOLE }) = a else {
        return Err(Panic::Fatal("sync: nil notify list".into()));
    };
    match store.get_or_init(2, || Value::Native(Arc::new(NotifyList::new()))) {
        Value::Native(n) => n
            .downcast::<NotifyList>()
            .map_err(|_| Panic::Fatal("sync: bad notify list".into())),
        _ => Err(Panic::Fatal("sync: bad notify list".into())),
    }
}

fn notify_add(_: &mut NativeCtx, a: &[Value]) -> R {
    Ok(NativeOut::One(Value::Int(notify(&a[0])?.add() as i64)))
}

fn notify_wait(ctx: &mut NativeCtx, a: &[Value]) -> R {
    let n = notify(&a[0])?;
    let g = g_of(ctx)?;
    op(n.wait(&g, a[1].int() as u64))
}

fn notify_one(_: &mut NativeCtx, a: &[Value]) -> R {
    notify(&a[0])?.notify_one();
    Ok(NativeOut::None)
}

fn notify_all(_: &mut NativeCtx, a: &[Value]) -> R {
    notify(&a[0])?.notify_all();
    Ok(NativeOut::None)
}

fn sleep(ctx: &mut NativeCtx, a: &[Value]) -> R {
    let g = g_of(ctx)?;
    let d = std::time::Duration::from_nanos(a[0].int().max(0) as u64);
    match Sched::current() {
        Some(s) => op(s.sleep(&g, d)),
        None => Ok(NativeOut::None),
    }
}

fn gosched(_: &mut NativeCtx, _: &[Value]) -> R {
    Ok(NativeOut::Yield)
}

fn num_goroutine(_: &mut NativeCtx, _: &[Value]) -> R {
    Ok(NativeOut::One(Value::Int(
        Sched::current()
            .map(|s| s.num_goroutine() as i64)
            .unwrap_or(1),
    )))
}

fn gomaxprocs(_: &mut NativeCtx, a: &[Value]) -> R {
    let n = a[0].int().max(0) as usize;
    Ok(NativeOut::One(Value::Int(
        Sched::current()
            .map(|s| s.gomaxprocs(n) as i64)
            .unwrap_or(1),
    )))
}

fn num_cpu(_: &mut NativeCtx, _: &[Value]) -> R {
    Ok(NativeOut::One(Value::Int(
        std::thread::available_parallelism()
            .map(|n| n.get() as i64)
            .unwrap_or(1),
    )))
}

pub fn natives() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("sync.Mutex.Lock", mutex_lock),
        ("sync.Mutex.Unlock", mutex_unlock),
        ("sync.Mutex.TryLock", mutex_trylock),
        ("sync.WaitGroup.Add", wg_add),
        ("sync.WaitGroup.Wait", wg_wait),
        ("sync.RWMutex.Lock", rw_lock),
        ("sync.RWMutex.Unlock", rw_unlock),
        ("sync.RWMutex.RLock", rw_rlock),
        ("sync.RWMutex.RUnlock", rw_runlock),
        ("sync.RWMutex.TryLock", rw_trylock),
        ("sync.RWMutex.TryRLock", rw_tryrlock),
        ("sync.notifyListAdd", notify_add),
        ("sync.notifyListWait", notify_wait),
        ("sync.notifyListNotifyOne", notify_one),
        ("sync.notifyListNotifyAll", notify_all),
        ("time.Sleep", sleep),
        ("runtime.Gosched", gosched),
        ("runtime.NumGoroutine", num_goroutine),
        ("runtime.GOMAXPROCS", gomaxprocs),
        ("runtime.NumCPU", num_cpu),
    ]
}
