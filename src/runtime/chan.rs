//! Channels with Go's semantics (chan.go): `Hchan<T>`, its wait queues of
//! `Sudog`s, and the `Waiter` a blocked goroutine leaves behind.
//!
//! # The model
//!
//! A channel is a lock around: a ring buffer of at most `cap` values, a
//! `closed` flag, and two FIFO queues of blocked goroutines: `recvq`
//! (receivers waiting for a value) and `sendq` (senders waiting for room or
//! a receiver, each holding the value it wants to send). An entry in a
//! queue is a `Sudog` (Go's name): the blocked operation's `Waiter`, the
//! case index (for `select`), and for senders the value.
//!
//! A `Waiter` is one blocked operation of one goroutine: the G, a `done`
//! flag, and the outcome. A plain send or receive has one `Sudog` pointing
//! at its `Waiter`; a `select` has one per case, all pointing at the same
//! `Waiter`. Whoever completes the operation first *claims* the waiter (CAS
//! on `done`, Go's `selectDone`), writes the outcome, and readies the G. A
//! `Sudog` whose waiter was already claimed (the other cases of a select
//! that completed elsewhere) is discarded when dequeued.
//!
//! # Direct hand-off
//!
//! As in Go, a sender that finds a waiting receiver gives it the value
//! directly (the value never touches the buffer), and a receiver that finds
//! a waiting sender takes its value (unbuffered) or takes the buffer's head
//! and moves the sender's value to the buffer's tail (buffered, full). This
//! is what makes an unbuffered channel a rendezvous, keeps FIFO order among
//! values, and gives FIFO fairness among blocked senders and receivers.
//!
//! # Invariants (with the channel lock held)
//!
//! * `buf.len() <= cap`.
//! * Not both queues hold live waiters, except for the sudogs of a single
//!   `select` that waits on both directions of the same channel.
//! * `buf` non-empty ⇒ no live waiting receivers; `buf.len() < cap` ⇒ no
//!   live waiting senders. (An operation that could complete does not
//!   enqueue.)
//! * `closed` ⇒ `sendq` holds no live waiter (close wakes them all, and a
//!   send on a closed channel panics rather than waits), and `recvq` holds
//!   no live waiter.
//!
//! # Resumability
//!
//! `send`, `recv` and `selectgo` (`select.rs`) start by looking in the G's
//! wait slot: a `Waiter` there means this is the re-call after a wake-up;
//! its outcome is the result. The value to send is passed again on the
//! re-call and dropped (the first call's value was already delivered).
//! Receivers pass a `zero` closure because only the VM knows the element
//! type's zero value; it is called only for a receive from a closed,
//! drained channel.
//!
//! # Rejected designs
//!
//! * *A lock-free channel* (as crossbeam's): Go's semantics (select over
//!   several channels, close waking everyone, FIFO hand-off) need several
//!   channels' states to change together; one short lock per channel, taken
//!   in address order by `select`, is what Go does and is easy to audit.
//! * *Waking the G and letting it retry*: a woken receiver could lose the
//!   value to a newcomer (no fairness), and unbuffered channels would need
//!   a second handshake.

use std::collections::VecDeque;
use std::fmt;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use parking_lot::Mutex;

use super::g::{G, Op, WaitReason, ready};

/// A channel operation that panics in Go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChanError {
    /// `send on closed channel`.
    SendOnClosed,
    /// `close of closed channel`.
    CloseOfClosed,
}

impl ChanError {
    /// Go's panic message.
    pub fn as_str(self) -> &'static str {
        match self {
            ChanError::SendOnClosed => "send on closed channel",
            ChanError::CloseOfClosed => "close of closed channel",
        }
    }
}

impl fmt::Display for ChanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::error::Error for ChanError {}

/// The result of a non-blocking send (`select` with a default, timers).
#[derive(Debug, PartialEq, Eq)]
pub enum TrySend<T> {
    /// Delivered (to a receiver or the buffer).
    Sent,
    /// No receiver and no room: the value is given back.
    Full(T),
    /// The channel is closed: the value is given back; Go panics.
    Closed(T),
}

/// How a blocked operation ended, written by whoever completed it.
pub(crate) enum Outcome<T> {
    /// A receive completed: with a value, or `None` because of `close`.
    Recv {
        /// The select case (0 for a plain receive).
        case: usize,
        /// The value, or `None` if woken by close (ok = false).
        value: Option<T>,
    },
    /// A send completed.
    Sent {
        /// The select case (0 for a plain send).
        case: usize,
    },
    /// A send was woken by close: it must panic (whichever case it was).
    SendClosed,
}

/// One blocked operation of one goroutine (plain op or whole select).
pub(crate) struct Waiter<T> {
    /// The blocked goroutine.
    pub(crate) g: Arc<G>,
    /// Claimed by the completer (Go's `selectDone`); first CAS wins.
    done: AtomicBool,
    /// Written by the completer before it readies `g`.
    outcome: Mutex<Option<Outcome<T>>>,
}

impl<T> Waiter<T> {
    /// A fresh, unclaimed waiter for `g`.
    pub(crate) fn new(g: &Arc<G>) -> Arc<Waiter<T>> {
        Arc::new(Waiter {
            g: g.clone(),
            done: AtomicBool::new(false),
            outcome: Mutex::new(None),
        })
    }

    /// Claims the waiter; false if someone else already did.
    pub(crate) fn claim(&self) -> bool {
        self.done
            .compare_exchange(false, true, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
    }

    /// Whether it was claimed.
    pub(crate) fn is_done(&self) -> bool {
        self.done.load(Ordering::Acquire)
    }

    /// Records the outcome and readies the G (call with no channel lock
    /// held, after `claim` succeeded).
    pub(crate) fn complete(&self, o: Outcome<T>) {
        *self.outcome.lock() = Some(o);
        ready(&self.g);
    }

    /// The outcome (on the re-call after the wake-up).
    pub(crate) fn take_outcome(&self) -> Outcome<T> {
        // Invariant: the G runs again only after `complete` stored the
        // outcome and readied it (`complete` is the only caller of ready
        // for a channel wait).
        self.outcome
            .lock()
            .take()
            .expect("woken channel waiter has an outcome")
    }
}

/// An entry in a channel's wait queue (Go's `sudog`).
pub(crate) struct Sudog<T> {
    /// The blocked operation.
    pub(crate) waiter: Arc<Waiter<T>>,
    /// Which select case this is (0 for plain operations).
    pub(crate) case: usize,
    /// The value a blocked sender wants to send (`None` for receivers).
    pub(crate) elem: Option<T>,
}

/// A channel's state, behind its lock.
pub(crate) struct ChanState<T> {
    /// Buffered values, oldest first; at most `cap`.
    pub(crate) buf: VecDeque<T>,
    /// Set by `close`.
    pub(crate) closed: bool,
    /// Blocked receivers, FIFO.
    pub(crate) recvq: VecDeque<Sudog<T>>,
    /// Blocked senders (with their values), FIFO.
    pub(crate) sendq: VecDeque<Sudog<T>>,
}

/// Pops the first sudog whose waiter this call manages to claim; claimed
/// ones (select cases that fired elsewhere) are dropped on the way.
pub(crate) fn dequeue<T>(q: &mut VecDeque<Sudog<T>>) -> Option<Sudog<T>> {
    while let Some(sg) = q.pop_front() {
        if sg.waiter.claim() {
            return Some(sg);
        }
    }
    None
}

/// A Go channel carrying `T`. A nil channel is the VM's `None`; see
/// `park_forever` for operations on it.
pub struct Hchan<T> {
    /// Buffer capacity (0: unbuffered).
    cap: usize,
    /// The lock and everything it protects.
    pub(crate) state: Mutex<ChanState<T>>,
}

impl<T> fmt::Debug for Hchan<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let st = self.state.lock();
        f.debug_struct("Hchan")
            .field("cap", &self.cap)
            .field("len", &st.buf.len())
            .field("closed", &st.closed)
            .field("recvq", &st.recvq.len())
            .field("sendq", &st.sendq.len())
            .finish()
    }
}

/// The result of a completed send, from an outcome.
fn send_result<T>(o: Outcome<T>) -> Result<(), ChanError> {
    match o {
        Outcome::Sent { .. } => Ok(()),
        Outcome::SendClosed => Err(ChanError::SendOnClosed),
        Outcome::Recv { .. } => unreachable!("send resumed with a receive outcome"),
    }
}

impl<T: Send + 'static> Hchan<T> {
    /// `make(chan T, cap)`.
    pub fn new(cap: usize) -> Hchan<T> {
        Hchan {
            cap,
            state: Mutex::new(ChanState {
                buf: VecDeque::with_capacity(cap.min(1024)),
                closed: false,
                recvq: VecDeque::new(),
                sendq: VecDeque::new(),
            }),
        }
    }

    /// `cap(c)`.
    pub fn cap(&self) -> usize {
        self.cap
    }

    /// `len(c)`: buffered values.
    pub fn len(&self) -> usize {
        self.state.lock().buf.len()
    }

    /// `len(c) == 0`.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether `close` was called.
    pub fn is_closed(&self) -> bool {
        self.state.lock().closed
    }

    /// The address used to order channel locks in `select`.
    pub(crate) fn addr(&self) -> usize {
        self as *const Self as usize
    }

    /// Takes this G's waiter if it is resuming a channel operation.
    fn resume(g: &Arc<G>) -> Option<Arc<Waiter<T>>> {
        let w = g.take_wait_shared::<Waiter<T>>()?;
        assert!(
            w.is_done(),
            "goroutine {} resumed before its channel operation completed",
            g.id()
        );
        Some(w)
    }

    /// `c <- v`, resumable. `Ready(Err(SendOnClosed))` means Go panics.
    pub fn send(&self, g: &Arc<G>, v: T) -> Op<Result<(), ChanError>> {
        if let Some(w) = Self::resume(g) {
            return Op::Ready(send_result(w.take_outcome()));
        }
        let mut st = self.state.lock();
        if st.closed {
            return Op::Ready(Err(ChanError::SendOnClosed));
        }
        if let Some(sg) = dequeue(&mut st.recvq) {
            drop(st);
            sg.waiter.complete(Outcome::Recv {
                case: sg.case,
                value: Some(v),
            });
            return Op::Ready(Ok(()));
        }
        if st.buf.len() < self.cap {
            st.buf.push_back(v);
            return Op::Ready(Ok(()));
        }
        let w = Waiter::new(g);
        st.sendq.push_back(Sudog {
            waiter: w.clone(),
            case: 0,
            elem: Some(v),
        });
        g.set_wait_shared(w);
        // Before unlocking: no waker may see the G still RUNNING.
        g.prepare_park(WaitReason::ChanSend);
        Op::Park
    }

    /// `v, ok := <-c`, resumable. `zero` makes the zero value for a receive
    /// from a closed, drained channel (then `ok` is false).
    pub fn recv(&self, g: &Arc<G>, zero: impl FnOnce() -> T) -> Op<(T, bool)> {
        if let Some(w) = Self::resume(g) {
            return Op::Ready(match w.take_outcome() {
                Outcome::Recv { value: Some(v), .. } => (v, true),
                Outcome::Recv { value: None, .. } => (zero(), false),
                _ => unreachable!("receive resumed with a send outcome"),
            });
        }
        let mut st = self.state.lock();
        if let Some(r) = self.recv_ready(&mut st, &zero_once(zero)) {
            return Op::Ready(r);
        }
        let w = Waiter::new(g);
        st.recvq.push_back(Sudog {
            waiter: w.clone(),
            case: 0,
            elem: None,
        });
        g.set_wait_shared(w);
        g.prepare_park(WaitReason::ChanReceive);
        Op::Park
    }

    /// The non-blocking part of a receive (also select's pass 1): a value
    /// from a waiting sender or the buffer, or (zero, false) if closed and
    /// drained; `None` if the receive would block. A waiting sender whose
    /// value is taken is readied from here, with the lock held: `ready`
    /// takes no channel lock, so this is safe, and it keeps callers simple.
    pub(crate) fn recv_ready(
        &self,
        st: &mut ChanState<T>,
        zero: &dyn Fn() -> T,
    ) -> Option<(T, bool)> {
        if let Some(mut sg) = dequeue(&mut st.sendq) {
            // Invariant: sudogs in sendq always carry their value.
            let sent = sg.elem.take().expect("sender sudog has a value");
            let v = if self.cap == 0 {
                sent
            } else {
                // Buffer full (a sender is waiting): take the head, the
                // sender's value goes to the tail.
                // Invariant: a waiting sender on a buffered channel means
                // the buffer is full, hence non-empty.
                let head = st.buf.pop_front().expect("full buffer");
                st.buf.push_back(sent);
                head
            };
            sg.waiter.complete(Outcome::Sent { case: sg.case });
            return Some((v, true));
        }
        if let Some(v) = st.buf.pop_front() {
            return Some((v, true));
        }
        if st.closed {
            return Some((zero(), false));
        }
        None
    }

    /// A non-blocking send: to a waiting receiver, or into the buffer.
    /// Needs no goroutine (timer callbacks use it).
    pub fn try_send(&self, v: T) -> TrySend<T> {
        let mut st = self.state.lock();
        if st.closed {
            return TrySend::Closed(v);
        }
        if let Some(sg) = dequeue(&mut st.recvq) {
            drop(st);
            sg.waiter.complete(Outcome::Recv {
                case: sg.case,
                value: Some(v),
            });
            return TrySend::Sent;
        }
        if st.buf.len() < self.cap {
            st.buf.push_back(v);
            return TrySend::Sent;
        }
        TrySend::Full(v)
    }

    /// A non-blocking receive: `Some((v, ok))` as `recv` would return, or
    /// `None` if it would block.
    pub fn try_recv(&self, zero: impl FnOnce() -> T) -> Option<(T, bool)> {
        let mut st = self.state.lock();
        self.recv_ready(&mut st, &zero_once(zero))
    }

    /// `close(c)`: wakes every blocked receiver (they get zero, ok=false)
    /// and every blocked sender (they panic).
    pub fn close(&self) -> Result<(), ChanError> {
        let mut st = self.state.lock();
        if st.closed {
            return Err(ChanError::CloseOfClosed);
        }
        st.closed = true;
        let mut woken = Vec::new();
        while let Some(sg) = dequeue(&mut st.recvq) {
            woken.push((
                sg.waiter,
                Outcome::Recv {
                    case: sg.case,
                    value: None,
                },
            ));
        }
        let mut dropped = Vec::new();
        while let Some(mut sg) = dequeue(&mut st.sendq) {
            dropped.push(sg.elem.take());
            woken.push((sg.waiter, Outcome::SendClosed));
        }
        drop(st);
        drop(dropped);
        for (w, o) in woken {
            w.complete(o);
        }
        Ok(())
    }

    /// Discards every buffered value; returns how many. For the stdlib's
    /// timer channels: after `stop_timer`/`reset_timer`, draining the
    /// channel guarantees no stale tick is received (Go ≥ 1.23).
    pub fn drain(&self) -> usize {
        let vals = std::mem::take(&mut self.state.lock().buf);
        vals.len()
    }
}

/// Adapts a `FnOnce` zero-maker to the `Fn` that `recv_ready` takes (it is
/// called at most once).
fn zero_once<T>(zero: impl FnOnce() -> T) -> impl Fn() -> T {
    let cell = std::cell::Cell::new(Some(zero));
    move || {
        // Invariant: recv_ready calls `zero` at most once.
        (cell.take().expect("zero called once"))()
    }
}

/// Blocks `g` forever with `reason`: a send or receive on a nil channel
/// (`chan send (nil chan)`, `chan receive (nil chan)`), or a `select` whose
/// cases are all nil channels. Always `Op::Park`; the deadlock detector
/// counts such a G as blocked.
pub fn park_forever<R>(g: &Arc<G>, reason: WaitReason) -> Op<R> {
    g.prepare_park(reason);
    Op::Park
}
