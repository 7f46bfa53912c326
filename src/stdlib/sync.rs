//! Package sync's natives: `Mutex`, `RWMutex`, `WaitGroup` and the notify
//! list under `Cond` (Once, Pool, Map, OnceFunc and Cond itself are Go, in
//! `decls/sync.go`, built on these).
//!
//! # Where the state lives: Go's design, words plus a semaphore table
//!
//! In Go a `Mutex` is two words (`state`, `sema`) and its blocked
//! goroutines live in the runtime's `semtable`, keyed by the *address* of
//! the semaphore. We do the same:
//!
//! * The state words are ordinary fields of the Go struct (`Mutex{state,
//!   sema int32}`...), i.e. slots of the struct's `Store` in the VM's value
//!   model. So the zero value is an unlocked mutex with nothing to
//!   initialise (`var mu sync.Mutex`, `sync.WaitGroup{}`, a field, an
//!   embedded field, a package-level variable, an array element), and
//!   copying a struct copies the words, exactly as copying a Go struct
//!   does: a copy of a locked mutex is locked, and the copy is independent.
//! * The wait queues live in `SEMTABLE`, keyed by the address of the
//!   object's store (`Arc::as_ptr`), which is stable for the object's whole
//!   life (see `vm/value.rs`: an aggregate owns its store). An entry pins
//!   the store (`WaitQ::pin`) so the address cannot be reused while
//!   goroutines wait on it, and is removed when its queue empties.
//! * Every read-modify-write of the state words happens under the table
//!   bucket's lock, which also guards the queue, so "look at the state,
//!   then enqueue and park" is atomic with respect to the waker's "change
//!   the state, then dequeue and ready" (no lost wake-ups). Lock order:
//!   bucket → a store slot's lock (the VM never holds a slot lock while
//!   taking another lock).
//!
//! # Blocking and re-calling
//!
//! A blocking native (Lock, RLock, Wait) that cannot proceed puts a
//! `SyncWait` marker in its G's wait slot, queues the G, calls
//! `prepare_park(reason)` and returns `NativeOut::Park`; the VM re-executes
//! the call when the G is readied. The re-call finds the marker: `granted`
//! means the waker completed the operation on our behalf (hand-off: the
//! lock is ours, the counter reached zero, the ticket was notified);
//! otherwise the G was only woken to compete again (a Mutex in normal
//! mode).
//!
//! # Mutex: Go's two modes
//!
//! Normal mode: Unlock clears `LOCKED` and wakes the oldest waiter, which
//! competes with newcomers (barging keeps a goroutine that unlocks and
//! relocks in a loop from switching at every iteration); `WOKEN` keeps a
//! second Unlock from waking a second waiter meanwhile. A woken waiter that
//! loses goes back to the *front* of the queue; once one has waited more
//! than 1 ms the mutex turns `STARVING`: Unlock then hands the lock
//! directly to the oldest waiter (LOCKED stays set, so newcomers queue),
//! until the queue empties or a waiter got it quickly (sync/mutex.go).
//!
//! # RWMutex
//!
//! `w` (a writer holds it) and `readers` in the struct; queued readers and
//! writers in one FIFO queue. A queued writer blocks new readers; Unlock
//! releases every queued reader first, else the oldest writer; the last
//! RUnlock hands the lock to the oldest writer (sync/rwmutex.go's policy).

use crate::runtime::{G, WaitReason, ready};
use crate::vm::heap::Store;
use crate::vm::native::{NativeCtx, NativeFn, NativeOut};
use crate::vm::panic::Panic;
use crate::vm::value::{Iface, Ptr, Value, WHOLE};
use parking_lot::Mutex;
use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, LazyLock};
use std::time::{Duration, Instant};

use super::runtime::current_g;

pub fn natives() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("sync.Mutex.Lock", mutex_lock as NativeFn),
        ("sync.Mutex.Unlock", mutex_unlock as NativeFn),
        ("sync.Mutex.TryLock", mutex_trylock as NativeFn),
        ("sync.RWMutex.Lock", rw_lock as NativeFn),
        ("sync.RWMutex.Unlock", rw_unlock as NativeFn),
        ("sync.RWMutex.RLock", rw_rlock as NativeFn),
        ("sync.RWMutex.RUnlock", rw_runlock as NativeFn),
        ("sync.RWMutex.TryLock", rw_trylock as NativeFn),
        ("sync.RWMutex.TryRLock", rw_tryrlock as NativeFn),
        ("sync.WaitGroup.Add", wg_add as NativeFn),
        ("sync.WaitGroup.Wait", wg_wait as NativeFn),
        ("sync.notifyListAdd", notify_add as NativeFn),
        ("sync.notifyListWait", notify_wait as NativeFn),
        ("sync.notifyListNotifyOne", notify_one as NativeFn),
        ("sync.notifyListNotifyAll", notify_all as NativeFn),
    ]
}

/// What a queued goroutine waits for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Want {
    /// `Mutex.Lock`.
    Lock,
    /// `RWMutex.RLock`.
    RLock,
    /// `RWMutex.Lock`.
    WLock,
    /// `WaitGroup.Wait`.
    Zero,
    /// `notifyListWait` with this ticket.
    Ticket(u32),
}

/// One blocked goroutine.
struct Waiter {
    g: Arc<G>,
    want: Want,
    /// When it first blocked (Mutex starvation).
    since: Instant,
}

/// The wait queue of one sync object.
struct WaitQ {
    /// Keeps the object's store (and so its address, the key) alive.
    _pin: Arc<Store>,
    q: VecDeque<Waiter>,
}

/// The wait-slot marker of a goroutine blocked in this module.
struct SyncWait {
    /// The waker completed the operation for us.
    granted: bool,
    /// When the goroutine first blocked.
    since: Instant,
}

const BUCKETS: usize = 61;

/// Go's `semtable`: wait queues by object address, in locked buckets.
static SEMTABLE: LazyLock<Vec<Mutex<HashMap<usize, WaitQ>>>> =
    LazyLock::new(|| (0..BUCKETS).map(|_| Mutex::new(HashMap::new())).collect());

/// A locked view of one sync object: its store, its state words and its
/// wait queue.
struct Obj<'a> {
    st: Arc<Store>,
    key: usize,
    bucket: parking_lot::MutexGuard<'a, HashMap<usize, WaitQ>>,
}

impl Obj<'_> {
    /// Locks the object `recv` points at (a pointer to the struct).
    fn lock(ctx: &NativeCtx, recv: &Value) -> Result<Obj<'static>, Panic> {
        let st = target_store(recv).ok_or_else(|| ctx.prog().nil_deref())?;
        let key = Arc::as_ptr(&st) as *const u8 as usize;
        let bucket = SEMTABLE[(key >> 4) % BUCKETS].lock();
        Ok(Obj { st, key, bucket })
    }
    fn get(&self, i: usize) -> i64 {
        self.st.load(i).int()
    }
    fn set(&self, i: usize, v: i64) {
        self.st.store(i, Value::Int(v));
    }
    fn queue(&mut self) -> Option<&mut VecDeque<Waiter>> {
        self.bucket.get_mut(&self.key).map(|w| &mut w.q)
    }
    fn has(&mut self, f: impl Fn(Want) -> bool) -> bool {
        self.queue().is_some_and(|q| q.iter().any(|w| f(w.want)))
    }
    /// Queues `g` (at the front if `front`) and parks it with `reason`.
    fn park(
        &mut self,
        g: &Arc<G>,
        want: Want,
        since: Instant,
        front: bool,
        reason: WaitReason,
    ) -> NativeOut {
        let pin = self.st.clone();
        let wq = self.bucket.entry(self.key).or_insert_with(|| WaitQ {
            _pin: pin,
            q: VecDeque::new(),
        });
        let w = Waiter {
            g: g.clone(),
            want,
            since,
        };
        if front {
            wq.q.push_front(w);
        } else {
            wq.q.push_back(w);
        }
        g.set_wait(Box::new(SyncWait {
            granted: false,
            since,
        }));
        g.prepare_park(reason);
        NativeOut::Park
    }
    /// Removes the first waiter matching `f`.
    fn take(&mut self, f: impl Fn(Want) -> bool) -> Option<Waiter> {
        let q = self.queue()?;
        let i = q.iter().position(|w| f(w.want))?;
        let w = q.remove(i);
        self.tidy();
        w
    }
    /// Removes every waiter matching `f`.
    fn take_all(&mut self, f: impl Fn(Want) -> bool) -> Vec<Waiter> {
        let Some(q) = self.queue() else {
            return Vec::new();
        };
        let (out, keep): (Vec<Waiter>, Vec<Waiter>) = q.drain(..).partition(|w| f(w.want));
        q.extend(keep);
        self.tidy();
        out
    }
    /// Drops the queue entry once empty (unpinning the store).
    fn tidy(&mut self) {
        if self.bucket.get(&self.key).is_some_and(|w| w.q.is_empty()) {
            self.bucket.remove(&self.key);
        }
    }
}

/// The store of the struct a receiver pointer points at.
fn target_store(recv: &Value) -> Option<Arc<Store>> {
    match recv {
        Value::Ptr(Ptr { store, idx: WHOLE }) => Some(store.clone()),
        Value::Ptr(Ptr { store, idx }) => match store.load(*idx as usize) {
            Value::Agg(s) => Some(s),
            _ => None,
        },
        Value::Agg(s) => Some(s.clone()),
        _ => None,
    }
}

/// Wakes `ws`, telling each that its operation was completed (`granted`) or
/// only that it may try again. Called after the bucket lock is released.
fn wake(ws: Vec<Waiter>, granted: bool) {
    for w in ws {
        if let Some(mut m) = w.g.take_wait_as::<SyncWait>() {
            m.granted = granted;
            w.g.set_wait(m);
        }
        ready(&w.g);
    }
}

/// The re-call after a wake-up: `Some(marker)` if this G was blocked here.
fn resumed(g: &Arc<G>) -> Option<SyncWait> {
    g.take_wait_as::<SyncWait>().map(|b| *b)
}

// ---- Mutex: fields state (0), sema (1) ----

const LOCKED: i64 = 1;
const WOKEN: i64 = 2;
const STARVING: i64 = 4;
/// Go's `starvationThresholdNs`.
const STARVATION: Duration = Duration::from_millis(1);

fn fatal(msg: &str) -> Panic {
    Panic::Fatal(msg.into())
}

fn mutex_lock(ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    // Fast path without a G: uncontended.
    let (_, g) = match current_g(ctx) {
        Ok(x) => x,
        Err(e) => {
            let o = Obj::lock(ctx, &args[0])?;
            let s = o.get(0);
            if s & LOCKED == 0 {
                o.set(0, s | LOCKED);
                return Ok(NativeOut::None);
            }
            return Err(e);
        }
    };
    let marker = resumed(&g);
    if marker.as_ref().is_some_and(|m| m.granted) {
        return Ok(NativeOut::None);
    }
    let mut o = Obj::lock(ctx, &args[0])?;
    let mut s = o.get(0);
    if marker.is_some() {
        s &= !WOKEN;
    }
    if s & LOCKED == 0 {
        o.set(0, s | LOCKED);
        return Ok(NativeOut::None);
    }
    let since = marker.as_ref().map_or_else(Instant::now, |m| m.since);
    if marker.is_some() && since.elapsed() > STARVATION {
        s |= STARVING;
    }
    o.set(0, s);
    Ok(o.park(
        &g,
        Want::Lock,
        since,
        marker.is_some(),
        WaitReason::SyncMutexLock,
    ))
}

fn mutex_unlock(ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    let mut o = Obj::lock(ctx, &args[0])?;
    let mut s = o.get(0);
    if s & LOCKED == 0 {
        return Err(fatal("sync: unlock of unlocked mutex"));
    }
    let mut woken = Vec::new();
    let mut granted = false;
    if s & STARVING != 0 {
        // Hand-off: LOCKED stays set for the new owner.
        if let Some(w) = o.take(|w| w == Want::Lock) {
            if !o.has(|w| w == Want::Lock) || w.since.elapsed() < STARVATION {
                s &= !STARVING;
            }
            woken.push(w);
            granted = true;
        } else {
            s &= !(STARVING | LOCKED);
        }
    } else {
        s &= !LOCKED;
        if s & WOKEN == 0
            && let Some(w) = o.take(|w| w == Want::Lock)
        {
            s |= WOKEN;
            woken.push(w);
        }
    }
    o.set(0, s);
    drop(o);
    wake(woken, granted);
    Ok(NativeOut::None)
}

fn mutex_trylock(ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    let o = Obj::lock(ctx, &args[0])?;
    let s = o.get(0);
    let ok = s & (LOCKED | STARVING) == 0;
    if ok {
        o.set(0, s | LOCKED);
    }
    Ok(NativeOut::One(Value::Bool(ok)))
}

// ---- RWMutex: fields w (0: a writer holds it), readers (1) ----

fn rw_lock(ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    let g = current_g(ctx).ok().map(|x| x.1);
    if let Some(g) = &g
        && resumed(g).is_some()
    {
        return Ok(NativeOut::None); // granted: only hand-offs wake writers
    }
    let mut o = Obj::lock(ctx, &args[0])?;
    if o.get(0) == 0 && o.get(1) == 0 {
        o.set(0, 1);
        return Ok(NativeOut::None);
    }
    let Some(g) = g else {
        return Err(fatal("blocking library call outside the scheduler"));
    };
    // Waiting for another writer is Go's inner `w.Lock()`; waiting for
    // readers to leave is `sync.RWMutex.Lock`.
    let reason = if o.get(0) != 0 || o.has(|w| w == Want::WLock) {
        WaitReason::SyncMutexLock
    } else {
        WaitReason::SyncRWMutexLock
    };
    Ok(o.park(&g, Want::WLock, Instant::now(), false, reason))
}

fn rw_unlock(ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    let mut o = Obj::lock(ctx, &args[0])?;
    if o.get(0) == 0 {
        return Err(fatal("sync: Unlock of unlocked RWMutex"));
    }
    o.set(0, 0);
    let mut woken = o.take_all(|w| w == Want::RLock);
    if woken.is_empty() {
        if let Some(w) = o.take(|w| w == Want::WLock) {
            o.set(0, 1);
            woken.push(w);
        }
    } else {
        o.set(1, o.get(1) + woken.len() as i64);
    }
    drop(o);
    wake(woken, true);
    Ok(NativeOut::None)
}

fn rw_rlock(ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    let g = current_g(ctx).ok().map(|x| x.1);
    if let Some(g) = &g
        && resumed(g).is_some()
    {
        return Ok(NativeOut::None);
    }
    let mut o = Obj::lock(ctx, &args[0])?;
    if o.get(0) == 0 && !o.has(|w| w == Want::WLock) {
        o.set(1, o.get(1) + 1);
        return Ok(NativeOut::None);
    }
    let Some(g) = g else {
        return Err(fatal("blocking library call outside the scheduler"));
    };
    Ok(o.park(
        &g,
        Want::RLock,
        Instant::now(),
        false,
        WaitReason::SyncRWMutexRLock,
    ))
}

fn rw_runlock(ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    let mut o = Obj::lock(ctx, &args[0])?;
    let r = o.get(1);
    if r <= 0 {
        return Err(fatal("sync: RUnlock of unlocked RWMutex"));
    }
    o.set(1, r - 1);
    let mut woken = Vec::new();
    if r == 1
        && o.get(0) == 0
        && let Some(w) = o.take(|w| w == Want::WLock)
    {
        o.set(0, 1);
        woken.push(w);
    }
    drop(o);
    wake(woken, true);
    Ok(NativeOut::None)
}

fn rw_trylock(ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    let o = Obj::lock(ctx, &args[0])?;
    let ok = o.get(0) == 0 && o.get(1) == 0;
    if ok {
        o.set(0, 1);
    }
    Ok(NativeOut::One(Value::Bool(ok)))
}

fn rw_tryrlock(ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    let mut o = Obj::lock(ctx, &args[0])?;
    let ok = o.get(0) == 0 && !o.has(|w| w == Want::WLock);
    if ok {
        o.set(1, o.get(1) + 1);
    }
    Ok(NativeOut::One(Value::Bool(ok)))
}

// ---- WaitGroup: field v (0: the counter) ----

fn wg_add(ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    let mut o = Obj::lock(ctx, &args[0])?;
    let v = o.get(0) + args[1].int();
    if v < 0 {
        drop(o);
        return Err(Panic::value(Value::Iface(Arc::new(Iface {
            ty: crate::types::ty::TypeTable::STRING,
            val: Value::str_from("sync: negative WaitGroup counter"),
        }))));
    }
    o.set(0, v);
    let woken = if v == 0 {
        o.take_all(|w| w == Want::Zero)
    } else {
        Vec::new()
    };
    drop(o);
    wake(woken, true);
    Ok(NativeOut::None)
}

fn wg_wait(ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    let g = current_g(ctx).ok().map(|x| x.1);
    if let Some(g) = &g
        && resumed(g).is_some()
    {
        return Ok(NativeOut::None);
    }
    let mut o = Obj::lock(ctx, &args[0])?;
    if o.get(0) == 0 {
        return Ok(NativeOut::None);
    }
    let Some(g) = g else {
        return Err(fatal("blocking library call outside the scheduler"));
    };
    Ok(o.park(
        &g,
        Want::Zero,
        Instant::now(),
        false,
        WaitReason::SyncWaitGroupWait,
    ))
}

// ---- notifyList (Cond): fields wait (0), notify (1), both uint32 ----

/// Ticket `a` comes before ticket `b` (uint32 arithmetic that wraps, as
/// runtime/sema.go's `less`).
fn ticket_less(a: u32, b: u32) -> bool {
    (a.wrapping_sub(b) as i32) < 0
}

fn notify_add(ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    let o = Obj::lock(ctx, &args[0])?;
    let t = o.get(0) as u32;
    o.set(0, t.wrapping_add(1) as i64);
    Ok(NativeOut::One(Value::Int(t as i64)))
}

fn notify_wait(ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    let (_, g) = current_g(ctx)?;
    if resumed(&g).is_some() {
        return Ok(NativeOut::None);
    }
    let t = args[1].int() as u32;
    let mut o = Obj::lock(ctx, &args[0])?;
    if ticket_less(t, o.get(1) as u32) {
        return Ok(NativeOut::None);
    }
    Ok(o.park(
        &g,
        Want::Ticket(t),
        Instant::now(),
        false,
        WaitReason::SyncCondWait,
    ))
}

fn notify_one(ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    let mut o = Obj::lock(ctx, &args[0])?;
    let (wait, notify) = (o.get(0) as u32, o.get(1) as u32);
    if wait == notify {
        return Ok(NativeOut::None);
    }
    o.set(1, notify.wrapping_add(1) as i64);
    let woken: Vec<Waiter> = o.take(|w| w == Want::Ticket(notify)).into_iter().collect();
    drop(o);
    wake(woken, true);
    Ok(NativeOut::None)
}

fn notify_all(ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    let mut o = Obj::lock(ctx, &args[0])?;
    let wait = o.get(0);
    o.set(1, wait);
    let woken = o.take_all(|w| matches!(w, Want::Ticket(_)));
    drop(o);
    wake(woken, true);
    Ok(NativeOut::None)
}
