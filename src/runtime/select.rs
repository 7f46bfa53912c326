//! `select`: Go's `selectgo` (select.go), resumable.
//!
//! # The algorithm
//!
//! 1. **Orders.** A random *poll order* over the non-nil cases (Fisher–Yates
//!    with the per-thread cheap RNG), and a *lock order*: the distinct
//!    channels sorted by address, so two selects over the same channels can
//!    never lock them in opposite orders (no lock cycles, hence no
//!    deadlock between Ms).
//! 2. **Lock** every channel, in lock order.
//! 3. **Pass 1**: walk the poll order and take the first case that can
//!    proceed now (a send: a waiting receiver or buffer room, or a closed
//!    channel, which panics; a receive: a waiting sender, a buffered value,
//!    or a closed channel, giving zero and ok=false). Because the poll
//!    order is a uniformly random permutation, the chosen case is uniform
//!    among the ready ones.
//! 4. With a `default`, nothing ready: unlock, return `Default`.
//! 5. **Pass 2**: one `Waiter` for the whole select, a `Sudog` per case
//!    queued on its channel (sends carry a clone of their value), the
//!    waiter in the G's wait slot, `prepare_park(select)`, unlock all,
//!    `Op::Park`.
//! 6. **Pass 3**, on the re-call after the wake-up: the waiter says which
//!    case fired (whoever claimed it completed exactly that case); remove
//!    this select's remaining sudogs from every channel; return the result.
//!
//! Go does pass 3 right after `gopark` returns, still inside `selectgo`; we
//! do it when the VM re-executes the select instruction, with the same
//! cases (the VM keeps the operands on its stack until the select
//! completes). Between the wake-up and pass 3 the stale sudogs are harmless:
//! their waiter is claimed, so anyone dequeuing them drops them.
//!
//! `select {}` (no cases, no default) parks forever with reason
//! `select (no cases)`; a select whose cases are all nil channels parks
//! forever with reason `select`, as in Go.
//!
//! # Rejected designs
//!
//! * *Locking channels one at a time in pass 1*: a case found not ready
//!   could become ready before pass 2 enqueues, and the wake-up would be
//!   lost. All locks are held from pass 1 through pass 2.
//! * *Polling every case and picking randomly among the ready ones*: needs
//!   every case's readiness first, and is no more uniform than a random
//!   permutation.

use std::sync::Arc;

use parking_lot::MutexGuard;

use super::chan::{ChanError, ChanState, Hchan, Outcome, Sudog, Waiter, dequeue, park_forever};
use super::fastrand;
use super::g::{G, Op, WaitReason};

/// One case of a `select`. A `None` channel is a nil channel: never ready.
pub enum SelectCase<'a, T> {
    /// `case ch <- *value:` (the value is cloned only if it must be
    /// enqueued or delivered).
    Send(Option<&'a Hchan<T>>, &'a T),
    /// `case v, ok := <-ch:`.
    Recv(Option<&'a Hchan<T>>),
}

impl<T> SelectCase<'_, T> {
    /// The case's channel.
    fn chan(&self) -> Option<&Hchan<T>> {
        match self {
            SelectCase::Send(c, _) | SelectCase::Recv(c) => *c,
        }
    }
}

/// What a `select` did.
#[derive(Debug, PartialEq, Eq)]
pub enum Selected<T> {
    /// Case `i`, a send, completed.
    Send(usize),
    /// Case `i`, a receive, got `(value, ok)`.
    Recv(usize, T, bool),
    /// No case was ready and there is a default.
    Default,
}

/// `select`, resumable (see the module docs). `zero` makes the zero value
/// for a receive from a closed channel. `Ready(Err(SendOnClosed))` means
/// a send case chose a closed channel: Go panics.
pub fn selectgo<T: Clone + Send + 'static>(
    g: &Arc<G>,
    cases: &[SelectCase<'_, T>],
    has_default: bool,
    zero: impl Fn() -> T,
) -> Op<Result<Selected<T>, ChanError>> {
    if let Some(w) = g.take_wait_shared::<Waiter<T>>() {
        return Op::Ready(resume(&w, cases, &zero));
    }

    // Lock order: distinct channels by address.
    let mut chans: Vec<&Hchan<T>> = cases.iter().filter_map(SelectCase::chan).collect();
    chans.sort_by_key(|c| c.addr());
    chans.dedup_by_key(|c| c.addr());
    if chans.is_empty() && !has_default {
        let reason = if cases.is_empty() {
            WaitReason::SelectNoCases
        } else {
            WaitReason::Select
        };
        return park_forever(g, reason);
    }

    // Poll order: a random permutation of the non-nil cases.
    let mut order: Vec<usize> = (0..cases.len())
        .filter(|&i| cases[i].chan().is_some())
        .collect();
    for i in (1..order.len()).rev() {
        order.swap(i, fastrand::below(i + 1));
    }

    let mut guards: Vec<MutexGuard<'_, ChanState<T>>> =
        chans.iter().map(|c| c.state.lock()).collect();
    let slot = |c: &Hchan<T>| {
        // Invariant: every case's channel is in `chans` (built from them).
        chans
            .binary_search_by_key(&c.addr(), |x| x.addr())
            .expect("case channel is locked")
    };

    // Pass 1: the first ready case in poll order.
    for &i in &order {
        match &cases[i] {
            SelectCase::Recv(Some(c)) => {
                let st = &mut *guards[slot(c)];
                if let Some((v, ok)) = c.recv_ready(st, &zero) {
                    return Op::Ready(Ok(Selected::Recv(i, v, ok)));
                }
            }
            SelectCase::Send(Some(c), v) => {
                let st = &mut *guards[slot(c)];
                if st.closed {
                    return Op::Ready(Err(ChanError::SendOnClosed));
                }
                if let Some(sg) = dequeue(&mut st.recvq) {
                    drop(guards);
                    sg.waiter.complete(Outcome::Recv {
                        case: sg.case,
                        value: Some((*v).clone()),
                    });
                    return Op::Ready(Ok(Selected::Send(i)));
                }
                if st.buf.len() < c.cap() {
                    st.buf.push_back((*v).clone());
                    return Op::Ready(Ok(Selected::Send(i)));
                }
            }
            SelectCase::Recv(None) | SelectCase::Send(None, _) => {}
        }
    }

    if has_default {
        return Op::Ready(Ok(Selected::Default));
    }

    // Pass 2: enqueue on every channel, then park.
    let w = Waiter::new(g);
    for (i, case) in cases.iter().enumerate() {
        match case {
            SelectCase::Recv(Some(c)) => guards[slot(c)].recvq.push_back(Sudog {
                waiter: w.clone(),
                case: i,
                elem: None,
            }),
            SelectCase::Send(Some(c), v) => guards[slot(c)].sendq.push_back(Sudog {
                waiter: w.clone(),
                case: i,
                elem: Some((*v).clone()),
            }),
            SelectCase::Recv(None) | SelectCase::Send(None, _) => {}
        }
    }
    g.set_wait_shared(w);
    // Before unlocking: no waker may see the G still RUNNING.
    g.prepare_park(WaitReason::Select);
    drop(guards);
    Op::Park
}

/// Pass 3: the select was woken; dequeue its other sudogs and report.
fn resume<T: Send + 'static>(
    w: &Arc<Waiter<T>>,
    cases: &[SelectCase<'_, T>],
    zero: &dyn Fn() -> T,
) -> Result<Selected<T>, ChanError> {
    assert!(
        w.is_done(),
        "goroutine {} resumed before its select completed",
        w.g.id()
    );
    let mut chans: Vec<&Hchan<T>> = cases.iter().filter_map(SelectCase::chan).collect();
    chans.sort_by_key(|c| c.addr());
    chans.dedup_by_key(|c| c.addr());
    let mut stale = Vec::new();
    for c in chans {
        let mut guard = c.state.lock();
        let st = &mut *guard;
        for q in [&mut st.recvq, &mut st.sendq] {
            let mut i = 0;
            while i < q.len() {
                if Arc::ptr_eq(&q[i].waiter, w) {
                    // Invariant: i < q.len().
                    stale.push(q.remove(i).expect("index in range"));
                } else {
                    i += 1;
                }
            }
        }
    }
    drop(stale);
    match w.take_outcome() {
        Outcome::Recv {
            case,
            value: Some(v),
        } => Ok(Selected::Recv(case, v, true)),
        Outcome::Recv { case, value: None } => Ok(Selected::Recv(case, zero(), false)),
        Outcome::Sent { case } => Ok(Selected::Send(case)),
        Outcome::SendClosed => Err(ChanError::SendOnClosed),
    }
}
