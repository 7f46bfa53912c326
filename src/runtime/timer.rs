//! Timers: one heap for the whole program, driven by the Ms themselves.
//!
//! # The model
//!
//! A timer is a deadline, an optional period, and a callback. `time.Sleep`
//! is a timer whose callback readies the sleeping G; the stdlib builds
//! `time.Timer`, `time.Ticker`, `time.After` and `time.AfterFunc` on the
//! generic API (`Sched::add_timer`, `stop_timer`, `reset_timer`).
//!
//! There is no timer thread. The heap is checked by every M at every
//! scheduling round (one atomic load of the earliest deadline when nothing
//! is due), and an idle M sleeps until the earliest deadline instead of
//! forever (the *timer waiter*, see `sched.rs`). Go keeps one heap per P;
//! one heap behind one lock is simpler and, with at most a handful of Ps on
//! this interpreter, not a bottleneck: the lock is taken only when a timer
//! is added or is due.
//!
//! # Invariants
//!
//! * Each arming of a timer gets a fresh sequence number, stored in the
//!   timer (`TimerInner::seq`) and in its heap entry. An entry is live iff
//!   the numbers match; stopping or resetting only changes the timer's
//!   number, so stale entries are skipped when they reach the top (or
//!   swept when they outnumber the live ones), never searched for.
//! * `next_when` is the deadline of the heap's top entry (or `u64::MAX`),
//!   written only under the heap lock. A stale top may make an M wake early;
//!   it never makes it wake late.
//! * `npending` counts armed timers. The deadlock detector never reports
//!   while it is non-zero. A one-shot timer stays counted until its
//!   callback has returned, so a G readied by a timer is queued before the
//!   timer stops counting.
//! * The callback runs with the timer's own lock held. `stop` and `reset`
//!   take that lock, so when they return the callback is not running and
//!   will not run for the old arming. This is what gives the stdlib Go
//!   1.23's timer-channel guarantee: after `Stop`/`Reset`, drain the
//!   channel (`Hchan::drain`) and no stale value can arrive later.
//!   Consequently a callback must be short, must not block, and must not
//!   stop or reset *its own* timer.
//!
//! Lock order: timer lock → heap lock → sched lock; the heap lock is never
//! held while taking a timer lock.
//!
//! # Rejected designs
//!
//! * *A thread per timer* (or per sleep): 10,000 sleeping goroutines would
//!   be 10,000 threads.
//! * *A dedicated timer thread*: every timer would cost a cross-thread
//!   wake-up; idle Ms are already sleeping and can sleep with a deadline.
//! * *Removing stopped timers from the heap eagerly*: needs an index per
//!   timer kept up to date through every sift; lazy deletion with sequence
//!   numbers is what Go did for years (`timerDeleted`).

use std::cell::Cell;
use std::cmp::Ordering as CmpOrdering;
use std::collections::BinaryHeap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use parking_lot::Mutex;

use super::g::{G, Op, WaitReason, ready};
use super::sched::Sched;

/// Sweep stale heap entries once there are more than this many and they are
/// more than half of the heap (Go's rule: zombies > len/4; ours is lazier).
const SWEEP_MIN_STALE: usize = 64;

/// A timer's callback. It may run many times (periodic timers, re-armed
/// one-shot timers), hence `FnMut`.
pub type TimerFn = Box<dyn FnMut() + Send>;

/// A timer's mutable state.
struct TimerState {
    /// Deadline, in ns since the scheduler's epoch.
    when: u64,
    /// Period in ns for periodic timers (tickers), 0 for one-shot.
    period: u64,
    /// Armed and not yet fired (one-shot) or not stopped (periodic).
    pending: bool,
    /// The callback.
    f: TimerFn,
}

/// A timer.
struct TimerInner {
    /// Sequence number of the current arming (0: not armed).
    seq: AtomicU64,
    /// The state; held while the callback runs.
    state: Mutex<TimerState>,
}

/// A handle on a timer, for `stop_timer`/`reset_timer`. Cloning shares the
/// timer.
#[derive(Clone)]
pub struct TimerHandle {
    /// The timer.
    inner: Arc<TimerInner>,
}

impl std::fmt::Debug for TimerHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TimerHandle")
            .field("seq", &self.inner.seq.load(Ordering::Relaxed))
            .finish()
    }
}

/// A heap entry: one arming of one timer.
struct Entry {
    /// Deadline (ns since epoch).
    when: u64,
    /// The arming's sequence number (also the FIFO tie-breaker).
    seq: u64,
    /// The timer.
    timer: Arc<TimerInner>,
}

impl Entry {
    /// Whether this arming is still the timer's current one.
    fn live(&self) -> bool {
        self.timer.seq.load(Ordering::Acquire) == self.seq
    }
}

impl PartialEq for Entry {
    fn eq(&self, other: &Self) -> bool {
        self.when == other.when && self.seq == other.seq
    }
}
impl Eq for Entry {}
impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<CmpOrdering> {
        Some(self.cmp(other))
    }
}
impl Ord for Entry {
    /// Reversed: `BinaryHeap` is a max-heap and we want the earliest first.
    fn cmp(&self, other: &Self) -> CmpOrdering {
        (other.when, other.seq).cmp(&(self.when, self.seq))
    }
}

/// The timer heap.
pub(crate) struct Timers {
    /// The entries, earliest first.
    heap: Mutex<BinaryHeap<Entry>>,
    /// The earliest entry's deadline (`u64::MAX` if none); see invariants.
    next_when: AtomicU64,
    /// Armed timers.
    npending: AtomicUsize,
    /// Stale entries still in the heap (approximate).
    stale: AtomicUsize,
    /// Source of arming sequence numbers (0 is reserved for "not armed").
    seqgen: AtomicU64,
}

impl Timers {
    /// An empty heap.
    pub(crate) fn new() -> Timers {
        Timers {
            heap: Mutex::new(BinaryHeap::new()),
            next_when: AtomicU64::new(u64::MAX),
            npending: AtomicUsize::new(0),
            stale: AtomicUsize::new(0),
            seqgen: AtomicU64::new(1),
        }
    }

    /// Armed timers.
    pub(crate) fn pending(&self) -> usize {
        self.npending.load(Ordering::SeqCst)
    }

    /// The earliest deadline, if any.
    pub(crate) fn next_when(&self) -> Option<u64> {
        match self.next_when.load(Ordering::Acquire) {
            u64::MAX => None,
            w => Some(w),
        }
    }

    /// Whether something may be due at `now`.
    pub(crate) fn due(&self, now: u64) -> bool {
        now >= self.next_when.load(Ordering::Acquire)
    }

    /// Arms `t` (whose lock the caller holds, as `st`) for `st.when`.
    /// Returns true if it became the earliest deadline.
    fn arm(&self, t: &Arc<TimerInner>, st: &mut TimerState) -> bool {
        let seq = self.seqgen.fetch_add(1, Ordering::Relaxed);
        t.seq.store(seq, Ordering::Release);
        st.pending = true;
        let mut heap = self.heap.lock();
        let stale = self.stale.load(Ordering::Relaxed);
        if stale > SWEEP_MIN_STALE && stale > heap.len() / 2 {
            heap.retain(Entry::live);
            self.stale.store(0, Ordering::Relaxed);
        }
        heap.push(Entry {
            when: st.when,
            seq,
            timer: t.clone(),
        });
        let earliest = st.when < self.next_when.load(Ordering::Acquire);
        if earliest {
            self.next_when.store(st.when, Ordering::Release);
        }
        earliest
    }

    /// A new armed timer. The bool says whether it is the earliest.
    fn add(&self, when: u64, period: u64, f: TimerFn) -> (TimerHandle, bool) {
        let inner = Arc::new(TimerInner {
            seq: AtomicU64::new(0),
            state: Mutex::new(TimerState {
                when,
                period,
                pending: false,
                f,
            }),
        });
        let earliest = {
            let mut st = inner.state.lock();
            self.npending.fetch_add(1, Ordering::SeqCst);
            self.arm(&inner, &mut st)
        };
        (TimerHandle { inner }, earliest)
    }

    /// Disarms `t`; true if it was pending.
    fn stop(&self, t: &TimerHandle) -> bool {
        let mut st = t.inner.state.lock();
        if !st.pending {
            return false;
        }
        st.pending = false;
        t.inner.seq.store(0, Ordering::Release);
        self.stale.fetch_add(1, Ordering::Relaxed);
        self.npending.fetch_sub(1, Ordering::SeqCst);
        true
    }

    /// Re-arms `t` for `when` (and `period`, 0 = one-shot). Returns (was it
    /// pending, is it now the earliest).
    fn reset(&self, t: &TimerHandle, when: u64, period: u64) -> (bool, bool) {
        let mut st = t.inner.state.lock();
        let was = st.pending;
        if was {
            self.stale.fetch_add(1, Ordering::Relaxed);
        } else {
            self.npending.fetch_add(1, Ordering::SeqCst);
        }
        st.when = when;
        st.period = period;
        let earliest = self.arm(&t.inner, &mut st);
        (was, earliest)
    }

    /// Pops the next live entry due at `now`, if any.
    fn pop_due(&self, now: u64) -> Option<Entry> {
        let mut heap = self.heap.lock();
        let e = loop {
            match heap.peek() {
                None => {
                    self.next_when.store(u64::MAX, Ordering::Release);
                    return None;
                }
                Some(e) if !e.live() => {
                    heap.pop();
                    let _ = self
                        .stale
                        .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |s| s.checked_sub(1));
                }
                Some(e) if e.when > now => {
                    self.next_when.store(e.when, Ordering::Release);
                    return None;
                }
                Some(_) => {
                    // Invariant: peek just returned Some.
                    break heap.pop().expect("non-empty heap");
                }
            }
        };
        let next = heap.peek().map_or(u64::MAX, |e| e.when);
        self.next_when.store(next, Ordering::Release);
        Some(e)
    }

    /// Runs every timer due at `now`.
    pub(crate) fn run_due(&self, now: u64) {
        while let Some(e) = self.pop_due(now) {
            self.fire(e, now);
        }
    }

    /// Runs one due entry's callback (and re-arms a periodic timer).
    fn fire(&self, e: Entry, now: u64) {
        let t = &e.timer;
        let mut st = t.state.lock();
        if t.seq.load(Ordering::Acquire) != e.seq || !st.pending {
            return;
        }
        if st.period > 0 {
            // Go's ticker rule: skip the ticks that were missed.
            let behind = now.saturating_sub(st.when);
            st.when += st.period * (1 + behind / st.period);
            self.arm(t, &mut st);
            as_callback(&mut st.f);
        } else {
            st.pending = false;
            t.seq.store(0, Ordering::Release);
            as_callback(&mut st.f);
            self.npending.fetch_sub(1, Ordering::SeqCst);
        }
    }

    /// Drops every timer (scheduler shutdown).
    pub(crate) fn clear(&self) {
        let entries = std::mem::take(&mut *self.heap.lock());
        self.next_when.store(u64::MAX, Ordering::Release);
        drop(entries);
    }
}

thread_local! {
    /// Set while this thread runs timer callbacks.
    static IN_CALLBACK: Cell<bool> = const { Cell::new(false) };
}

/// True while this thread runs timer callbacks (`ready` then queues FIFO).
pub(crate) fn in_timer_callback() -> bool {
    IN_CALLBACK.with(|c| c.get())
}

/// Runs `f` flagged as a timer callback.
fn as_callback(f: &mut TimerFn) {
    let prev = IN_CALLBACK.with(|c| c.replace(true));
    f();
    IN_CALLBACK.with(|c| c.set(prev));
}

/// The wait-slot marker of a sleeping G.
struct SleepWait;

impl Sched {
    /// Nanoseconds since the epoch for `when` (0 if earlier).
    fn ns_of(&self, when: Instant) -> u64 {
        when.saturating_duration_since(self.shared.epoch).as_nanos() as u64
    }

    /// Adds a timer firing at `when`, then every `period` if given (a
    /// ticker), running `f` each time on whichever M notices it is due. `f`
    /// must be short and non-blocking (a non-blocking channel send, a
    /// `ready`, a `spawn`) and must not stop or reset its own timer.
    pub fn add_timer(&self, when: Instant, period: Option<Duration>, f: TimerFn) -> TimerHandle {
        let period = period.map_or(0, |p| (p.as_nanos() as u64).max(1));
        let (h, earliest) = self.shared.timers.add(self.ns_of(when), period, f);
        if earliest {
            self.shared.timer_moved_earlier();
        }
        h
    }

    /// Stops a timer; true if it was pending (Go's `Timer.Stop`). When this
    /// returns the callback is not running and will not run.
    pub fn stop_timer(&self, t: &TimerHandle) -> bool {
        self.shared.timers.stop(t)
    }

    /// Re-arms a timer for `when` (and `period`, `None` = one-shot), whether
    /// or not it had fired or been stopped; true if it was pending (Go's
    /// `Timer.Reset`). As with `stop_timer`, the old arming's callback is
    /// not running when this returns.
    pub fn reset_timer(&self, t: &TimerHandle, when: Instant, period: Option<Duration>) -> bool {
        let period = period.map_or(0, |p| (p.as_nanos() as u64).max(1));
        let (was, earliest) = self.shared.timers.reset(t, self.ns_of(when), period);
        if earliest {
            self.shared.timer_moved_earlier();
        }
        was
    }

    /// Armed timers (sleeps included).
    pub fn pending_timers(&self) -> usize {
        self.shared.timers.pending()
    }

    /// `time.Sleep(d)`, resumable: the first call parks `g` (reason
    /// `sleep`) and returns `Op::Park`; the re-call after the wake-up
    /// returns `Op::Ready(())`. A zero or negative duration returns at once.
    pub fn sleep(&self, g: &Arc<G>, d: Duration) -> Op<()> {
        if g.take_wait_as::<SleepWait>().is_some() {
            return Op::Ready(());
        }
        if d.is_zero() {
            return Op::Ready(());
        }
        g.set_wait(Box::new(SleepWait));
        // Parking before the timer exists: its callback may run at once.
        g.prepare_park(WaitReason::Sleep);
        let g2 = g.clone();
        self.add_timer(Instant::now() + d, None, Box::new(move || ready(&g2)));
        Op::Park
    }
}
