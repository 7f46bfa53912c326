//! Semaphores and notify lists: what the stdlib builds `sync` on, as Go's
//! `sync` package builds on `runtime/sema.go`.
//!
//! # Sema
//!
//! A counting semaphore with a FIFO queue of blocked goroutines and
//! *direct hand-off*: `release` gives the unit straight to the oldest
//! waiter (it never goes through the counter), so a releaser cannot take it
//! back before the waiter runs, and waiters are served in order, which is
//! Go's starvation-mode behaviour. `acquire` is resumable like every
//! blocking operation: `Op::Park` the first time, `Op::Ready(())` on the
//! re-call after the hand-off. The wait reason is the caller's
//! (`sync.Mutex.Lock`, `sync.WaitGroup.Wait`, `sync.RWMutex.RLock`...).
//!
//! Sketches for the stdlib: `sync.Mutex` is a `Sema::new(1)` (Lock =
//! acquire, Unlock = release, after checking `available() == 0`, else
//! `fatal error: sync: unlock of unlocked mutex`); `sync.WaitGroup` keeps
//! its counter and waiter count under its own lock and `release`s once per
//! waiter when the counter reaches zero; `RWMutex` is Go's algorithm over
//! two semaphores.
//!
//! # NotifyList
//!
//! `sync.Cond` needs a wait that cannot miss a `Signal` sent between
//! `c.L.Unlock()` and the park. Go's answer is tickets: `add` takes a
//! ticket *before* unlocking; `wait(ticket)` parks unless that ticket was
//! already notified; `notify_one` wakes the oldest outstanding ticket,
//! `notify_all` every one. A notification for a ticket that has not parked
//! yet is remembered by the ticket counter itself.
//!
//! Invariant of both: a G is in a queue iff it is PARKING/WAITING on this
//! object, and whoever removes it from the queue readies it exactly once.

use std::collections::VecDeque;
use std::sync::Arc;

use parking_lot::Mutex;

use super::g::{G, Op, WaitReason, ready};

/// The wait-slot marker of a G blocked on a `Sema` or `NotifyList`; the
/// re-call finds it and knows it was woken by a hand-off.
struct Granted;

/// A semaphore's state.
struct SemaState {
    /// Units available.
    count: u64,
    /// Blocked acquirers, oldest first.
    waiters: VecDeque<Arc<G>>,
}

/// A counting semaphore with FIFO hand-off (see the module docs).
pub struct Sema {
    /// Count and queue, behind one lock.
    state: Mutex<SemaState>,
}

impl Sema {
    /// A semaphore holding `count` units.
    pub fn new(count: u64) -> Sema {
        Sema {
            state: Mutex::new(SemaState {
                count,
                waiters: VecDeque::new(),
            }),
        }
    }

    /// Units available now.
    pub fn available(&self) -> u64 {
        self.state.lock().count
    }

    /// Goroutines blocked in `acquire`.
    pub fn waiting(&self) -> usize {
        self.state.lock().waiters.len()
    }

    /// Takes a unit, resumable: parks `g` with `reason` if none is
    /// available; the re-call after the hand-off returns `Ready(())`.
    pub fn acquire(&self, g: &Arc<G>, reason: WaitReason) -> Op<()> {
        if g.take_wait_as::<Granted>().is_some() {
            return Op::Ready(());
        }
        let mut st = self.state.lock();
        if st.count > 0 {
            st.count -= 1;
            return Op::Ready(());
        }
        st.waiters.push_back(g.clone());
        g.set_wait(Box::new(Granted));
        g.prepare_park(reason);
        Op::Park
    }

    /// Takes a unit if one is available, without blocking.
    pub fn try_acquire(&self) -> bool {
        let mut st = self.state.lock();
        if st.count > 0 {
            st.count -= 1;
            true
        } else {
            false
        }
    }

    /// Returns a unit: to the oldest waiter if any, else to the counter.
    pub fn release(&self) {
        let woken = {
            let mut st = self.state.lock();
            match st.waiters.pop_front() {
                Some(g) => Some(g),
                None => {
                    st.count += 1;
                    None
                }
            }
        };
        if let Some(g) = woken {
            ready(&g);
        }
    }
}

/// A notify list's state.
struct NotifyState {
    /// Next ticket to hand out.
    wait: u64,
    /// Tickets below this have been notified.
    notify: u64,
    /// Parked tickets, in ticket order (tickets are taken in order and
    /// usually parked in order; `notify_one` searches for the lowest).
    waiters: VecDeque<(u64, Arc<G>)>,
}

/// Go's `notifyList`, for `sync.Cond` (see the module docs).
pub struct NotifyList {
    /// Tickets and parked goroutines.
    state: Mutex<NotifyState>,
}

impl Default for NotifyList {
    fn default() -> Self {
        NotifyList::new()
    }
}

impl NotifyList {
    /// An empty list.
    pub fn new() -> NotifyList {
        NotifyList {
            state: Mutex::new(NotifyState {
                wait: 0,
                notify: 0,
                waiters: VecDeque::new(),
            }),
        }
    }

    /// Takes a ticket (before unlocking the Cond's lock).
    pub fn add(&self) -> u64 {
        let mut st = self.state.lock();
        let t = st.wait;
        st.wait += 1;
        t
    }

    /// Waits for `ticket` to be notified, resumable (reason
    /// `sync.Cond.Wait`). Returns at once if it already was.
    pub fn wait(&self, g: &Arc<G>, ticket: u64) -> Op<()> {
        if g.take_wait_as::<Granted>().is_some() {
            return Op::Ready(());
        }
        let mut st = self.state.lock();
        if ticket < st.notify {
            return Op::Ready(());
        }
        st.waiters.push_back((ticket, g.clone()));
        g.set_wait(Box::new(Granted));
        g.prepare_park(WaitReason::SyncCondWait);
        Op::Park
    }

    /// `Cond.Signal`: notifies the oldest outstanding ticket.
    pub fn notify_one(&self) {
        let woken = {
            let mut st = self.state.lock();
            if st.notify == st.wait {
                return;
            }
            let t = st.notify;
            st.notify += 1;
            st.waiters
                .iter()
                .position(|(tk, _)| *tk == t)
                .and_then(|i| st.waiters.remove(i))
        };
        if let Some((_, g)) = woken {
            ready(&g);
        }
    }

    /// `Cond.Broadcast`: notifies every outstanding ticket.
    pub fn notify_all(&self) {
        let woken: Vec<(u64, Arc<G>)> = {
            let mut st = self.state.lock();
            st.notify = st.wait;
            st.waiters.drain(..).collect()
        };
        for (_, g) in woken {
            ready(&g);
        }
    }
}
