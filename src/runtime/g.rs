//! Goroutines: the `G`, the `Task` it runs, and the status protocol that
//! makes parking and readying safe across threads.
//!
//! # The model
//!
//! A `G` is what the scheduler moves around: an id, a status word, a wait
//! reason, the task (the VM's fiber: its frames, its pc) and a *wait slot*.
//! It is deliberately small (under a hundred bytes behind its `Arc`): a
//! program may hold 10,000 of them parked on channels, and everything
//! per-operation (the channel waiter, the sleep marker) lives in the wait
//! slot only while the G is blocked.
//!
//! A G has no stack of its own. The VM's interpreter keeps its frames in the
//! task, so "switching goroutines" is returning from `Task::run` and calling
//! another task's `run`. Blocking therefore cannot suspend a Rust call
//! stack; instead **every blocking operation is resumable by re-calling it**:
//!
//! 1. The VM executes, say, a channel receive and calls `Hchan::recv(g, ..)`.
//! 2. The channel cannot complete it: it records a waiter (Go's `sudog`)
//!    in its receive queue, stores the waiter in `g`'s wait slot, moves `g`
//!    to `PARKING`, and returns `Op::Park`.
//! 3. The VM returns `RunExit::Park` *without advancing its pc*.
//! 4. Some other goroutine sends: it completes the waiter (stores the value
//!    in it) and calls `ready(g)`.
//! 5. When `g` runs again the VM re-executes the same instruction, which calls
//!    `recv` again; `recv` first takes the waiter out of the wait slot, finds it
//!    completed, and returns `Op::Ready(value)`.
//!
//! # The status protocol: why a G never runs twice
//!
//! The delicate moment is between steps 2 and 3: the waiter is visible to
//! other threads (the channel lock has been released) while the M that ran
//! the G is still unwinding out of `Task::run`. Another M may complete the
//! waiter and ready the G in that window. Go closes the window by switching
//! to the g0 stack before publishing (`park_m` sets `_Gwaiting` and only then
//! runs the unlock function); we cannot, so the status has an extra state,
//! WOKEN, for "readied while still parking":
//!
//! ```text
//!                  M takes it from a queue
//!     RUNNABLE ─────────────────────────────▶ RUNNING ──── Done ───▶ DEAD
//!      ▲  ▲  ▲                                │     │
//!      │  │  └──────── Yield (global queue) ──┘     │ the op publishes a waiter
//!      │  │                                         ▼
//!      │  │  M returned from run, CAS fails:     PARKING ── M returned from run,
//!      │  └─ it requeues the G itself ◀── WOKEN    │       CAS PARKING → WAITING
//!      │                                   ▲      │            │
//!      │                ready() while the  └──────┘            ▼
//!      │                M still holds it                    WAITING
//!      └──────────────── ready(): CAS WAITING → RUNNABLE, ─────┘
//!                        the waker queues the G
//! ```
//!
//! * `prepare_park` (RUNNING → PARKING) is called by the blocking operation
//!   **before** its waiter becomes visible (while it still holds the channel
//!   lock), so no waker can ever see a RUNNING G.
//! * `ready` is a CAS loop: WAITING → RUNNABLE (and the waker queues it), or
//!   PARKING → WOKEN (and the waker does nothing more: the M that is still
//!   returning from `run` owns the G and will queue it).
//! * The M, after `run` returned `Park`, first releases the task lock, then
//!   CASes PARKING → WAITING. If that CAS fails the state is WOKEN: the M
//!   sets RUNNABLE and queues the G itself.
//!
//! Exactly one party queues the G per wake-up, and it is queued only after
//! the M released the task lock, so the task is never run twice nor
//! concurrently. The task sits behind a `Mutex` all the same, held by the
//! running M for the duration of `run`; under the protocol it is never
//! contended, and it is what lets the deadlock reporter borrow a parked
//! task to ask it for a traceback.
//!
//! A fifth state, `WAITING_M`, is for `Sched::block_current_m`: a G whose
//! operation could not be made resumable (a Go callback called from Rust
//! code that is itself inside `run`) parks *with its M*: the M gives away its
//! P and sleeps; `ready` then moves WAITING_M → RUNNING and wakes that M
//! instead of queueing the G.
//!
//! # Rejected designs
//!
//! * *A stackful coroutine per G* (context switching with hand-written
//!   assembly or a crate): fast, but unsafe across the VM's Rust frames,
//!   platform-specific, and 10,000 stacks are not small.
//! * *An OS thread per G*: simple and "really parallel", but 10,000 threads
//!   do not fit, and GOMAXPROCS would mean nothing.
//! * *Waking by re-running the G and letting it poll* (no completion): every
//!   wake-up would race with other receivers for the value; Go's direct
//!   hand-off (the waker completes the operation on the sleeper's behalf)
//!   is what gives FIFO fairness and unbuffered rendezvous.

use std::any::Any;
use std::fmt;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, Weak};

use parking_lot::Mutex;

use super::sched::Shared;

/// The reason a `Task::run` call returned: what the scheduler must do next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunExit {
    /// The budget was used up (or the goroutine called `runtime.Gosched`):
    /// requeue at the back of the global queue, as Go's `goschedImpl` does.
    Yield,
    /// The task registered `g` as a waiter somewhere (the operation returned
    /// `Op::Park`, which already moved `g` to PARKING); do not run it again
    /// until someone calls `ready(g)`.
    Park,
    /// The goroutine finished (its function returned, or `runtime.Goexit`
    /// ran its defers). For main this means `runtime.Goexit` (main
    /// *returning* is `Exit(0)`): as in Go, the others run on, and when none
    /// is left the program dies with `no goroutines (main called
    /// runtime.Goexit) - deadlock!`.
    Done,
    /// The whole program ends now with this exit code: main returned (0),
    /// `os.Exit(n)`, or an unrecovered panic already printed (2).
    Exit(i32),
}

/// A goroutine's code: the VM's per-goroutine fiber implements this.
pub trait Task: Send + 'static {
    /// Runs the goroutine until it blocks, finishes, exits the program, or
    /// has spent `budget` preemption ticks (the VM decrements it on backward
    /// jumps and calls and returns `RunExit::Yield` at zero).
    fn run(&mut self, g: &Arc<G>, budget: u32) -> RunExit;

    /// The goroutine's stack as Go prints it under `goroutine N [reason]:`
    /// (each line ending in `\n`), for the deadlock report. Optional.
    fn traceback(&self) -> String {
        String::new()
    }
}

/// The result of an operation that may block: the value, or "park me".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op<R> {
    /// The operation completed (perhaps on a re-call after a wake-up).
    Ready(R),
    /// The operation registered the G as a waiter and moved it to PARKING:
    /// the VM must return `RunExit::Park` without advancing its pc, and call
    /// the same operation again when the G runs next.
    Park,
}

impl<R> Op<R> {
    /// True for `Op::Park`.
    pub fn is_park(&self) -> bool {
        matches!(self, Op::Park)
    }

    /// The ready value, if any.
    pub fn ready(self) -> Option<R> {
        match self {
            Op::Ready(r) => Some(r),
            Op::Park => None,
        }
    }
}

/// Why a goroutine is blocked, with Go's own strings (runtime2.go's
/// `waitReasonStrings`), as printed in `goroutine 1 [chan receive]:`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum WaitReason {
    /// Not waiting.
    Zero = 0,
    /// Blocked sending on a channel.
    ChanSend,
    /// Blocked receiving from a channel.
    ChanReceive,
    /// Sending on a nil channel: forever.
    ChanSendNilChan,
    /// Receiving from a nil channel: forever.
    ChanReceiveNilChan,
    /// Blocked in a `select` with at least one case.
    Select,
    /// `select {}`: forever.
    SelectNoCases,
    /// `time.Sleep`.
    Sleep,
    /// `sync.Mutex.Lock` (also `RWMutex.Lock` waiting for its inner mutex).
    SyncMutexLock,
    /// `sync.RWMutex.Lock` waiting for readers to leave.
    SyncRWMutexLock,
    /// `sync.RWMutex.RLock`.
    SyncRWMutexRLock,
    /// `sync.WaitGroup.Wait`.
    SyncWaitGroupWait,
    /// `sync.Cond.Wait`.
    SyncCondWait,
    /// A generic runtime semaphore.
    Semacquire,
    /// Blocked in I/O.
    IoWait,
}

impl WaitReason {
    /// Go's string for this reason.
    pub fn as_str(self) -> &'static str {
        match self {
            WaitReason::Zero => "",
            WaitReason::ChanSend => "chan send",
            WaitReason::ChanReceive => "chan receive",
            WaitReason::ChanSendNilChan => "chan send (nil chan)",
            WaitReason::ChanReceiveNilChan => "chan receive (nil chan)",
            WaitReason::Select => "select",
            WaitReason::SelectNoCases => "select (no cases)",
            WaitReason::Sleep => "sleep",
            WaitReason::SyncMutexLock => "sync.Mutex.Lock",
            WaitReason::SyncRWMutexLock => "sync.RWMutex.Lock",
            WaitReason::SyncRWMutexRLock => "sync.RWMutex.RLock",
            WaitReason::SyncWaitGroupWait => "sync.WaitGroup.Wait",
            WaitReason::SyncCondWait => "sync.Cond.Wait",
            WaitReason::Semacquire => "semacquire",
            WaitReason::IoWait => "IO wait",
        }
    }

    /// Inverse of `as u8` (the status word stores the reason as a byte).
    fn from_u8(b: u8) -> WaitReason {
        const ALL: [WaitReason; 15] = [
            WaitReason::Zero,
            WaitReason::ChanSend,
            WaitReason::ChanReceive,
            WaitReason::ChanSendNilChan,
            WaitReason::ChanReceiveNilChan,
            WaitReason::Select,
            WaitReason::SelectNoCases,
            WaitReason::Sleep,
            WaitReason::SyncMutexLock,
            WaitReason::SyncRWMutexLock,
            WaitReason::SyncRWMutexRLock,
            WaitReason::SyncWaitGroupWait,
            WaitReason::SyncCondWait,
            WaitReason::Semacquire,
            WaitReason::IoWait,
        ];
        ALL.get(b as usize).copied().unwrap_or(WaitReason::Zero)
    }
}

impl fmt::Display for WaitReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A goroutine's scheduling state (see the module docs for the transitions).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum GStatus {
    /// In a run queue (or about to be put in one by whoever set this).
    Runnable = 0,
    /// An M is executing its task.
    Running = 1,
    /// Still on its M, but a blocking operation has published a waiter: it
    /// will become WAITING when the M lets go, unless readied first.
    Parking = 2,
    /// Readied while PARKING: the M that is letting go must requeue it.
    Woken = 3,
    /// Parked; no M holds it; `ready` queues it.
    Waiting = 4,
    /// Parked together with its M (`Sched::block_current_m`); `ready` wakes
    /// that M.
    WaitingM = 5,
    /// Finished.
    Dead = 6,
}

impl GStatus {
    /// Inverse of `as u8`.
    fn from_u8(b: u8) -> GStatus {
        match b {
            0 => GStatus::Runnable,
            1 => GStatus::Running,
            2 => GStatus::Parking,
            3 => GStatus::Woken,
            4 => GStatus::Waiting,
            5 => GStatus::WaitingM,
            _ => GStatus::Dead,
        }
    }

    /// Parked in the sense of the deadlock detector: blocked until readied.
    pub fn is_blocked(self) -> bool {
        matches!(self, GStatus::Waiting | GStatus::WaitingM)
    }
}

/// What `ready` found, telling the caller what it must do next.
pub(crate) enum ReadyAction {
    /// WAITING → RUNNABLE: the caller must put the G in a run queue.
    Enqueue,
    /// PARKING → WOKEN: nothing to do, the G's M will requeue it.
    Nothing,
    /// WAITING_M → RUNNING: the caller must wake the G's blocked M.
    WakeM,
}

/// What a G's wait slot holds.
enum WaitState {
    Boxed(Box<dyn Any + Send>),
    Shared(Arc<dyn Any + Send + Sync>),
}

/// A goroutine.
pub struct G {
    /// Go's goroutine id: main is 1, others count up from 2.
    id: u64,
    /// The `GStatus`, as a byte so transitions are single CASes.
    status: AtomicU8,
    /// The `WaitReason` while blocked, as a byte.
    reason: AtomicU8,
    /// The VM's fiber; `None` once the goroutine is dead. Locked by the M
    /// running it for the whole of `Task::run` (never contended, see above).
    pub(crate) task: Mutex<Option<Box<dyn Task>>>,
    /// The wait slot: the state of the one blocking operation in progress
    /// (a channel waiter, a sleep marker...), taken back by the re-call.
    wait: Mutex<Option<WaitState>>,
    /// The scheduler that owns this G, for `ready` from any thread.
    pub(crate) sched: Weak<Shared>,
}

impl fmt::Debug for G {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("G")
            .field("id", &self.id)
            .field("status", &self.status())
            .field("reason", &self.wait_reason())
            .finish()
    }
}

impl G {
    /// A new RUNNABLE G (the caller queues it).
    pub(crate) fn new(id: u64, task: Box<dyn Task>, sched: Weak<Shared>) -> G {
        G {
            id,
            status: AtomicU8::new(GStatus::Runnable as u8),
            reason: AtomicU8::new(WaitReason::Zero as u8),
            task: Mutex::new(Some(task)),
            wait: Mutex::new(None),
            sched,
        }
    }

    /// Go's goroutine id (main is 1).
    pub fn id(&self) -> u64 {
        self.id
    }

    /// The current status (a snapshot).
    pub fn status(&self) -> GStatus {
        GStatus::from_u8(self.status.load(Ordering::Acquire))
    }

    /// Why the G is blocked (meaningful while PARKING/WAITING).
    pub fn wait_reason(&self) -> WaitReason {
        WaitReason::from_u8(self.reason.load(Ordering::Relaxed))
    }

    /// RUNNING → PARKING with `reason`. A blocking operation calls this
    /// *before* its waiter becomes visible to wakers (i.e. while it still
    /// holds the lock of the object it waits on) and then returns
    /// `Op::Park`. Library code building its own blocking primitives (the
    /// stdlib's `sync.Mutex`) follows the same rule.
    pub fn prepare_park(&self, reason: WaitReason) {
        self.reason.store(reason as u8, Ordering::Relaxed);
        let prev = self.status.swap(GStatus::Parking as u8, Ordering::AcqRel);
        assert_eq!(
            prev,
            GStatus::Running as u8,
            "prepare_park: goroutine {} was not running",
            self.id
        );
    }

    /// Stores the state of the blocking operation in progress; the re-call
    /// takes it back with `take_wait`.
    pub fn set_wait(&self, state: Box<dyn Any + Send>) {
        let prev = self.wait.lock().replace(WaitState::Boxed(state));
        debug_assert!(
            prev.is_none(),
            "goroutine {}: wait slot already in use",
            self.id
        );
    }

    /// Stores a shared state (a channel waiter) in the wait slot, without
    /// boxing it again: one allocation less per blocking channel operation.
    /// The re-call takes it back with `take_wait_shared`.
    pub fn set_wait_shared(&self, state: Arc<dyn Any + Send + Sync>) {
        let prev = self.wait.lock().replace(WaitState::Shared(state));
        debug_assert!(
            prev.is_none(),
            "goroutine {}: wait slot already in use",
            self.id
        );
    }

    /// Takes the wait slot's state, if any.
    pub fn take_wait(&self) -> Option<Box<dyn Any + Send>> {
        match self.wait.lock().take()? {
            WaitState::Boxed(b) => Some(b),
            WaitState::Shared(a) => Some(Box::new(a)),
        }
    }

    /// Takes the wait slot if it holds a `W` (stored with `set_wait`);
    /// leaves anything else in place.
    pub fn take_wait_as<W: Any + Send>(&self) -> Option<Box<W>> {
        let mut slot = self.wait.lock();
        match slot.take() {
            Some(WaitState::Boxed(b)) => match b.downcast::<W>() {
                Ok(w) => Some(w),
                Err(other) => {
                    *slot = Some(WaitState::Boxed(other));
                    None
                }
            },
            other => {
                *slot = other;
                None
            }
        }
    }

    /// Takes the wait slot if it holds an `Arc<W>` stored with
    /// `set_wait_shared`; leaves anything else in place.
    pub fn take_wait_shared<W: Any + Send + Sync>(&self) -> Option<Arc<W>> {
        let mut slot = self.wait.lock();
        match slot.take() {
            Some(WaitState::Shared(a)) => match a.downcast::<W>() {
                Ok(w) => Some(w),
                Err(other) => {
                    *slot = Some(WaitState::Shared(other));
                    None
                }
            },
            other => {
                *slot = other;
                None
            }
        }
    }

    /// True if the wait slot holds something (an operation is in progress).
    pub fn has_wait(&self) -> bool {
        self.wait.lock().is_some()
    }

    /// Sets the status unconditionally (the owning M's transitions).
    pub(crate) fn set_status(&self, s: GStatus) {
        self.status.store(s as u8, Ordering::Release);
    }

    /// One CAS on the status word.
    pub(crate) fn cas_status(&self, from: GStatus, to: GStatus) -> bool {
        self.status
            .compare_exchange(from as u8, to as u8, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
    }

    /// The waker's half of the protocol: moves the G out of its parked state
    /// and says what the caller must do. Panics on a G that is not parked or
    /// parking: a wake-up without a matching park is a runtime bug.
    pub(crate) fn ready_transition(&self) -> ReadyAction {
        loop {
            match self.status() {
                GStatus::Waiting => {
                    if self.cas_status(GStatus::Waiting, GStatus::Runnable) {
                        return ReadyAction::Enqueue;
                    }
                }
                GStatus::Parking => {
                    if self.cas_status(GStatus::Parking, GStatus::Woken) {
                        return ReadyAction::Nothing;
                    }
                }
                GStatus::WaitingM => {
                    if self.cas_status(GStatus::WaitingM, GStatus::Running) {
                        return ReadyAction::WakeM;
                    }
                }
                s => panic!("ready: goroutine {} is {:?}, not parked", self.id, s),
            }
        }
    }

    /// Breaks reference cycles (waiter → G → wait slot → waiter) when the
    /// scheduler shuts down.
    pub(crate) fn clear(&self) {
        let w = self.wait.lock().take();
        drop(w);
        if let Some(mut t) = self.task.try_lock() {
            let t = t.take();
            drop(t);
        }
    }
}

/// Readies `g` through the scheduler it belongs to (a no-op if that
/// scheduler is gone). This is what channels and timers call.
pub fn ready(g: &Arc<G>) {
    if super::sched::ready_on_current(g) {
        return;
    }
    if let Some(sh) = g.sched.upgrade() {
        sh.ready(g);
    }
}
