//! The scheduler: Ps with their run queues, Ms (OS threads) that run Gs,
//! work stealing, and the parking of idle Ms.
//!
//! # The model (Go's, from proc.go)
//!
//! * **G**: a goroutine (`g.rs`).
//! * **M**: an OS thread. An M needs a P to run Gs; at most one M holds a
//!   given P, so at most GOMAXPROCS Ms run Go code at once. Ms are created on
//!   demand and are never destroyed before the program ends; an M with
//!   nothing to do parks on its own condition variable.
//! * **P**: a processor, i.e. the right to run Go code, plus a local run
//!   queue (a `crossbeam_deque::Worker`, FIFO) and a `runnext` slot. A P is a
//!   plain value that moves between Ms: the M that holds it owns the
//!   `Worker`; everyone may steal through the P's `Stealer`.
//!
//! There is one global run queue (an `Injector`) for Gs readied from outside
//! any P and for Gs that yielded (Go puts preempted Gs there too, which is
//! what keeps a busy loop from starving its own P's queue).
//!
//! # Finding work (`find_runnable`, Go's `findRunnable`)
//!
//! An M with a P, in order: runs due timers; hands its P over if it must
//! (GOMAXPROCS shrank below its id, or an M coming back from a blocking call
//! is waiting for a P); every 61st round takes one G from the global queue
//! first (fairness: 61 is Go's prime, so the check does not synchronise
//! with other periodic patterns); takes `runnext`, then the local queue head;
//! takes a batch from the global queue; then, *spinning*, tries four times
//! to steal half of a random other P's queue (never its own), on the last
//! try also its `runnext`. Failing all that it gives its P back, stops
//! spinning, re-checks every queue once more (the other half of the
//! lost-wake-up handshake below), and parks.
//!
//! # Spinning and wake-ups
//!
//! Go's policy, which keeps parallelism without thundering herds: when work
//! is added (`spawn`, `ready`, a yield) and there is an idle P and *no* M is
//! spinning, wake (or create) one M, marked spinning (`wakep`). A spinning
//! M that finds work stops spinning and, if it was the last spinner, wakes
//! another. At most half of the busy Ps' worth of Ms spin at once. The
//! handshake that prevents lost wake-ups: the producer publishes the G and
//! *then* reads `nmspinning`; the spinner decrements `nmspinning` and *then*
//! re-reads every queue (both sequentially consistent). One of the two sees
//! the other.
//!
//! # Idle Ms and timers
//!
//! The timers live in one heap (`timer.rs`). Ms that hold a P run due timers
//! at every scheduling round (an atomic load of the earliest deadline when
//! nothing is due). When an M goes idle while timers are pending and no
//! other idle M is already the *timer waiter*, it becomes the timer waiter:
//! it sleeps on its condition variable only until the earliest deadline,
//! then runs the due timers. Adding an earlier timer pokes the timer waiter
//! (or wakes an idle M to become one). An idle program thus sleeps in the
//! kernel: a goroutine in a 10 s `time.Sleep` costs no CPU.
//!
//! # Blocking the M itself
//!
//! Two calls let the VM block an OS thread without stalling the program:
//!
//! * `Sched::syscall(f)` (Go's `entersyscallblock`/`exitsyscall`): for
//!   native calls that block in the OS (reading stdin). The M gives its P to
//!   another M, runs `f`, then waits for a P again. While any M is in such a
//!   call the deadlock detector stays quiet: the call may yet ready someone.
//! * `Sched::block_current_m(g)`: for a goroutine whose blocking operation
//!   cannot be made resumable (a Go callback called from Rust code inside
//!   `Task::run` that then blocks on a channel). After the operation returned
//!   `Op::Park`, the VM calls this instead of returning: the M gives its P
//!   away, marks the G WAITING_M and sleeps until `ready(g)`; then it waits
//!   for a P and returns, and the VM re-calls the operation as usual. For the
//!   deadlock detector such a G is simply blocked.
//!
//! An M waiting for a P (after either call) registers in `pwaiters`; any M
//! that releases a P hands it to the first waiter, and Ms that hold a P give
//! it up at their next scheduling round (`pwanted`), which comes at the
//! latest after one budget (~10 ms) of work.
//!
//! # Changing GOMAXPROCS while running
//!
//! Growing creates Ps and wakes Ms. Shrinking retires idle Ps at once and
//! busy ones lazily: the M that holds a P whose id is now too large moves
//! its queue to the global queue at its next scheduling round and parks.
//! For that one round more than GOMAXPROCS Ms may run; Go stops the world
//! instead, which we cannot do (Gs are not preemptible from outside).
//!
//! # Exit
//!
//! The program ends when main returns or any task returns `RunExit::Exit`:
//! `run_main` returns the code at once; idle Ms are woken and end; running
//! Ms end after their current `run`. The last M out clears every G (which
//! breaks the G ↔ waiter reference cycles).
//!
//! # Rejected designs
//!
//! * *One global locked queue*: simple, but every spawn and wake-up would
//!   contend on it; Go abandoned it in 1.1 for exactly that reason.
//! * *A thread per P that never parks (busy polling)*: wastes a core per P;
//!   an idle Go program must cost nothing.
//! * *A timer thread*: one more thread to wake on every timer operation;
//!   letting the idle Ms wait on the earliest deadline (what Go does with
//!   netpoll) costs nothing extra.
//! * *`runnext` owned by the M, not stealable*: a G readied into it would
//!   wait for the owner's whole time slice even with idle Ps around.

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, VecDeque};
use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, AtomicUsize, Ordering};
use std::thread::ThreadId;
use std::time::{Duration, Instant};

use crossbeam_deque::{Injector, Steal, Stealer, Worker};
use parking_lot::{Condvar, Mutex, RwLock};

use super::deadlock::DeadlockReport;
use super::fastrand;
use super::g::{G, GStatus, ReadyAction, RunExit, Task};
use super::timer::Timers;

/// The default preemption budget handed to `Task::run`. Go's sysmon
/// preempts a goroutine that has run for 10 ms (`forcePreemptNS`). The VM
/// spends a tick per backward jump or call; a loop iteration or a call of a
/// small function is some tens of bytecode instructions, ~0.1-1 µs in a
/// release build, so 10,000 ticks is roughly 1-10 ms of work.
pub const DEFAULT_BUDGET: u32 = 10_000;

/// How long a G taken from `runnext` may keep inheriting the time slice of
/// the G that readied it before it goes to the back of the queue (Go's
/// `inheritTime` ends when sysmon preempts at `forcePreemptNS` = 10 ms).
const TIME_SLICE: Duration = Duration::from_millis(10);

/// Hand-offs through `runnext` between two readings of the clock.
const SLICE_CHECK: u32 = 32;

/// Every this many scheduling rounds, a P looks at the global queue first
/// (Go's `schedtick%61`).
const GLOBAL_CHECK_PERIOD: u64 = 61;

/// Stealing attempts over all Ps before giving up (Go's `stealTries`).
const STEAL_TRIES: usize = 4;

/// Stack size of M threads: the VM's nested calls (Rust → Go → Rust) recurse
/// on the M's stack. Virtual memory only; Go's own limit is 1 GB.
const M_STACK_SIZE: usize = 256 << 20;

/// Goroutine id of main, as in Go.
pub const MAIN_GOID: u64 = 1;

/// The id of the first goroutine a program starts: Go's runtime has made
/// goroutines 2 to 5 (forcegc, bgsweep, bgscavenge, finalizers) before
/// `main.main` runs, so with GOMAXPROCS=1 the first `go` statement
/// creates goroutine 6, the next 7, ... (as panic reports show).
pub const FIRST_USER_GOID: u64 = 6;

/// Counters of one P, readable while the scheduler runs.
#[derive(Default)]
pub(crate) struct PStats {
    /// Gs this P ran (calls of `Task::run`).
    pub(crate) runs: AtomicU64,
    /// Successful steals of a batch from another P.
    pub(crate) steals: AtomicU64,
    /// Scheduling rounds (Go's `schedtick`).
    pub(crate) schedticks: AtomicU64,
}

/// The part of a P that other Ms may touch.
pub(crate) struct PShared {
    /// The P's id (its index in `allp`).
    pub(crate) id: usize,
    /// Thieves take from the local queue through this.
    pub(crate) stealer: Stealer<Arc<G>>,
    /// The G to run next, ahead of the queue (Go's `runnext`): a G just
    /// readied or spawned by this P's G, which usually wants to run at once.
    pub(crate) runnext: Mutex<Option<Arc<G>>>,
    /// Counters.
    pub(crate) stats: PStats,
}

/// A P: the right to run Go code, and the local run queue. Owned by the M
/// that holds it (or by the idle list).
pub(crate) struct P {
    /// The P's id.
    id: usize,
    /// The local run queue, FIFO; only the holder pushes and pops.
    runq: Worker<Arc<G>>,
    /// The shared half (stealer, runnext, stats).
    shared: Arc<PShared>,
    /// Scheduling rounds, for the periodic global-queue check.
    schedtick: u64,
    /// When the current time slice started (for `runnext` inheritance);
    /// `None` until first needed (see `slice_expired`).
    slice_start: Option<Instant>,
    /// Hand-offs through `runnext` in the current time slice.
    inherits: u32,
}

impl P {
    /// A new P with id `id`.
    fn new(id: usize) -> P {
        let runq = Worker::new_fifo();
        let shared = Arc::new(PShared {
            id,
            stealer: runq.stealer(),
            runnext: Mutex::new(None),
            stats: PStats::default(),
        });
        P {
            id,
            runq,
            shared,
            schedtick: 0,
            slice_start: None,
            inherits: 0,
        }
    }

    /// Puts `g` in the local queue: in `runnext` if `next` (the previous
    /// occupant goes to the queue's tail), else at the tail.
    fn put(&self, g: Arc<G>, next: bool) {
        if next {
            let old = self.shared.runnext.lock().replace(g);
            if let Some(old) = old {
                self.runq.push(old);
            }
        } else {
            self.runq.push(g);
        }
    }

    /// The next local G: `runnext` (inheriting the time slice while it
    /// lasts), else the queue's head (starting a new slice).
    fn get(&mut self) -> Option<Arc<G>> {
        let next = self.shared.runnext.lock().take();
        if let Some(g) = next {
            if !self.slice_expired() {
                return Some(g);
            }
            self.runq.push(g);
        }
        let g = self.runq.pop()?;
        self.new_slice();
        Some(g)
    }

    /// A G from the queue starts a new time slice.
    fn new_slice(&mut self) {
        self.slice_start = None;
        self.inherits = 0;
    }

    /// Whether the current time slice is over. The clock is read at the
    /// first hand-off through `runnext` (the slice's start, close enough)
    /// and then only every `SLICE_CHECK`th: two goroutines bouncing a value
    /// hand off every microsecond or so, and reading the clock each time
    /// was 13% of `sieve_chan`'s profile.
    fn slice_expired(&mut self) -> bool {
        self.inherits += 1;
        match self.slice_start {
            None => {
                self.slice_start = Some(Instant::now());
                false
            }
            Some(t) => self.inherits.is_multiple_of(SLICE_CHECK) && t.elapsed() >= TIME_SLICE,
        }
    }

    /// True if nothing is queued locally.
    fn is_empty(&self) -> bool {
        self.runq.is_empty() && self.shared.runnext.lock().is_none()
    }

    /// Moves every local G to the global queue (retiring the P).
    fn drain_to(&mut self, global: &Injector<Arc<G>>) {
        if let Some(g) = self.shared.runnext.lock().take() {
            global.push(g);
        }
        while let Some(g) = self.runq.pop() {
            global.push(g);
        }
    }
}

/// What a parked M is told when it is woken.
#[derive(Default)]
pub(crate) struct MSlot {
    /// A P handed over by `startm` or by a releasing M.
    p: Option<P>,
    /// Whether the M was started as a spinning M.
    spinning: bool,
    /// Leave the idle list and look around (timers changed).
    poke: bool,
    /// `block_current_m`: the G was readied.
    resumed: bool,
    /// The program is exiting.
    exit: bool,
}

/// The shared half of an M.
pub(crate) struct MHandle {
    /// The M's number (0, 1, ...).
    pub(crate) id: usize,
    /// The OS thread, once started.
    pub(crate) thread: Mutex<Option<ThreadId>>,
    /// Gs this M ran.
    pub(crate) runs: AtomicU64,
    /// Where wakers leave instructions.
    slot: Mutex<MSlot>,
    /// Where the M sleeps.
    cv: Condvar,
}

impl MHandle {
    /// A new handle for M number `id`.
    fn new(id: usize) -> Arc<MHandle> {
        Arc::new(MHandle {
            id,
            thread: Mutex::new(None),
            runs: AtomicU64::new(0),
            slot: Mutex::new(MSlot::default()),
            cv: Condvar::new(),
        })
    }

    /// Hands `p` to this (parked) M and wakes it.
    fn give_p(&self, p: P, spinning: bool) {
        let mut s = self.slot.lock();
        debug_assert!(s.p.is_none());
        s.p = Some(p);
        s.spinning = spinning;
        self.cv.notify_one();
    }

    /// Wakes the M with `f` applied to its slot.
    fn poke_with(&self, f: impl FnOnce(&mut MSlot)) {
        let mut s = self.slot.lock();
        f(&mut s);
        self.cv.notify_one();
    }
}

/// The scheduler lock's contents (Go's `sched.lock`): idle lists and the M
/// accounting the deadlock detector reads.
pub(crate) struct SchedState {
    /// Idle Ps.
    idle_ps: Vec<P>,
    /// Idle Ms, parked in `stopm`.
    pub(crate) idle_ms: Vec<Arc<MHandle>>,
    /// The idle M sleeping until the earliest timer, if any.
    timer_waiter: Option<Arc<MHandle>>,
    /// Every M ever started (for exit and statistics).
    pub(crate) allm: Vec<Arc<MHandle>>,
    /// Live M threads (started and not yet ended).
    pub(crate) mcount: usize,
    /// Ms inside `Sched::syscall`.
    pub(crate) nmsys: usize,
    /// Ms inside `block_current_m`, waiting for their G to be readied.
    pub(crate) nmgblocked: usize,
    /// G id → the M blocked with it in `block_current_m`.
    blocked: HashMap<u64, Arc<MHandle>>,
    /// Ms waiting for a P after a blocking call, first come first served.
    pwaiters: VecDeque<Arc<MHandle>>,
    /// Which P ids exist (a retired P's id may be reused when growing).
    p_alive: Vec<bool>,
}

/// What woke an idle M.
enum Wake {
    /// It was handed a P (and told whether to spin).
    P(P, bool),
    /// It left the idle list by itself: timers are due or changed.
    Look,
    /// The program is exiting.
    Exit,
}

/// Everything the Ms share. `Sched` is a handle to it.
pub(crate) struct Shared {
    /// Origin of the scheduler's clock (timers, trace).
    pub(crate) epoch: Instant,
    /// The global run queue.
    pub(crate) global: Injector<Arc<G>>,
    /// Shared halves of all Ps ever created, by id (grows, never shrinks).
    pub(crate) allp: RwLock<Vec<Arc<PShared>>>,
    /// GOMAXPROCS.
    pub(crate) gomaxprocs: AtomicUsize,
    /// Number of idle Ps (mirrors `state.idle_ps.len()` for lock-free reads).
    pub(crate) npidle: AtomicUsize,
    /// Number of spinning Ms.
    pub(crate) nmspinning: AtomicUsize,
    /// Number of Ms waiting for a P (`state.pwaiters.len()`).
    pwanted: AtomicUsize,
    /// The scheduler lock.
    pub(crate) state: Mutex<SchedState>,
    /// Every live G, by id (the deadlock report prints blocked ones).
    pub(crate) allgs: Mutex<HashMap<u64, Arc<G>>>,
    /// The next goroutine id (main takes 1, others count from 2).
    goidgen: AtomicU64,
    /// Whether `run_main` was called.
    main_started: AtomicBool,
    /// Set once the program is ending.
    pub(crate) exiting: AtomicBool,
    /// The exit code, once decided.
    exit_code: Mutex<Option<i32>>,
    /// `run_main` waits here for the exit code.
    exit_cv: Condvar,
    /// The timer heap.
    pub(crate) timers: Timers,
    /// The preemption budget passed to `Task::run`.
    budget: AtomicU32,
    /// Called with the report when a deadlock is detected (default: print
    /// it to stderr).
    deadlock_hook: Mutex<Option<DeadlockHook>>,
    /// `GODEBUG=schedtrace=N`: N ms between trace lines (0 = off).
    pub(crate) schedtrace_ms: AtomicU64,
    /// Set by the first deadlock report (there is only one).
    deadlock_reported: AtomicBool,
}

/// A deadlock report consumer.
pub type DeadlockHook = Box<dyn Fn(&DeadlockReport) + Send + Sync>;

/// The per-thread state of an M (lives on the M thread's stack).
struct MLocal {
    /// The scheduler.
    shared: Arc<Shared>,
    /// This M's shared half.
    handle: Arc<MHandle>,
    /// The P this M holds. Borrowed only between `Task::run` calls and by
    /// `ready`/`spawn`/`block_current_m` called from inside `run`.
    p: RefCell<Option<P>>,
    /// Whether this M is spinning (counted in `nmspinning`).
    spinning: Cell<bool>,
}

thread_local! {
    /// The M running on this thread, if any (null elsewhere).
    static CURRENT: Cell<*const MLocal> = const { Cell::new(std::ptr::null()) };
}

/// `ready(g)` from an M of `g`'s own scheduler, which it uses directly:
/// no `Weak::upgrade` (a CAS on the scheduler's reference count, which
/// every M touches on every wake-up). False if this thread is no such M.
pub(crate) fn ready_on_current(g: &Arc<G>) -> bool {
    let ptr = CURRENT.with(|c| c.get());
    // Invariant: see `with_current`.
    let Some(m) = (unsafe { ptr.as_ref() }) else {
        return false;
    };
    if !std::ptr::eq(Arc::as_ptr(&m.shared), g.sched.as_ptr()) {
        return false;
    }
    m.shared.ready(g);
    true
}

/// Calls `f` with this thread's M, if this thread is an M of `sh`.
fn with_current<R>(sh: &Shared, f: impl FnOnce(Option<&MLocal>) -> R) -> R {
    let ptr = CURRENT.with(|c| c.get());
    // Invariant: CURRENT is set by `mstart` to an MLocal on that thread's
    // own stack and cleared before the MLocal is dropped, so a non-null
    // pointer read on this thread is valid for the duration of `f`.
    let m = unsafe { ptr.as_ref() };
    match m {
        Some(m) if std::ptr::eq(Arc::as_ptr(&m.shared), sh) => f(Some(m)),
        _ => f(None),
    }
}

/// A handle to a scheduler. Cheap to clone.
#[derive(Clone)]
pub struct Sched {
    /// The shared state.
    pub(crate) shared: Arc<Shared>,
}

/// A snapshot of one P's counters.
#[derive(Debug, Clone)]
pub struct PStat {
    /// The P's id.
    pub id: usize,
    /// Gs it ran.
    pub runs: u64,
    /// Batches it stole.
    pub steals: u64,
    /// Scheduling rounds.
    pub schedticks: u64,
    /// Gs in its local queue (approximate).
    pub runq: usize,
}

/// A snapshot of one M's counters.
#[derive(Debug, Clone)]
pub struct MStat {
    /// The M's number.
    pub id: usize,
    /// Its OS thread.
    pub thread: Option<ThreadId>,
    /// Gs it ran.
    pub runs: u64,
}

/// A snapshot of the scheduler's counters.
#[derive(Debug, Clone)]
pub struct SchedStats {
    /// GOMAXPROCS.
    pub gomaxprocs: usize,
    /// Idle Ps.
    pub idle_procs: usize,
    /// Live M threads.
    pub threads: usize,
    /// Spinning Ms.
    pub spinning_threads: usize,
    /// Idle Ms.
    pub idle_threads: usize,
    /// Gs in the global queue.
    pub global_runq: usize,
    /// Every P ever created (retired ones too).
    pub procs: Vec<PStat>,
    /// Every M ever started.
    pub ms: Vec<MStat>,
}

impl Sched {
    /// A scheduler with `gomaxprocs` Ps (at least 1). Reads
    /// `GODEBUG=schedtrace=N` from the environment. No thread starts until
    /// `run_main`.
    pub fn new(gomaxprocs: usize) -> Sched {
        let n = gomaxprocs.max(1);
        let ps: Vec<P> = (0..n).map(P::new).collect();
        let allp = ps.iter().map(|p| p.shared.clone()).collect();
        let shared = Arc::new(Shared {
            epoch: Instant::now(),
            global: Injector::new(),
            allp: RwLock::new(allp),
            gomaxprocs: AtomicUsize::new(n),
            npidle: AtomicUsize::new(n),
            nmspinning: AtomicUsize::new(0),
            pwanted: AtomicUsize::new(0),
            state: Mutex::new(SchedState {
                // Reversed so that P 0 is taken first.
                idle_ps: ps.into_iter().rev().collect(),
                idle_ms: Vec::new(),
                timer_waiter: None,
                allm: Vec::new(),
                mcount: 0,
                nmsys: 0,
                nmgblocked: 0,
                blocked: HashMap::new(),
                pwaiters: VecDeque::new(),
                p_alive: vec![true; n],
            }),
            allgs: Mutex::new(HashMap::new()),
            goidgen: AtomicU64::new(FIRST_USER_GOID),
            main_started: AtomicBool::new(false),
            exiting: AtomicBool::new(false),
            exit_code: Mutex::new(None),
            exit_cv: Condvar::new(),
            timers: Timers::new(),
            budget: AtomicU32::new(DEFAULT_BUDGET),
            deadlock_hook: Mutex::new(None),
            schedtrace_ms: AtomicU64::new(super::trace::schedtrace_from_env()),
            deadlock_reported: AtomicBool::new(false),
        });
        Sched { shared }
    }

    /// The scheduler of the M running on this thread, if any.
    pub fn current() -> Option<Sched> {
        let ptr = CURRENT.with(|c| c.get());
        // Invariant: see `with_current`.
        let m = unsafe { ptr.as_ref() }?;
        Some(Sched {
            shared: m.shared.clone(),
        })
    }

    /// `spawn` on the scheduler of the M running this thread, without
    /// cloning its handle (an atomic on a count every M touches); gives the
    /// task back when this thread is not an M.
    pub fn spawn_current(task: Box<dyn Task>) -> Result<Arc<G>, Box<dyn Task>> {
        let ptr = CURRENT.with(|c| c.get());
        // Invariant: see `with_current`.
        let Some(m) = (unsafe { ptr.as_ref() }) else {
            return Err(task);
        };
        let sh = &m.shared;
        let id = sh.goidgen.fetch_add(1, Ordering::Relaxed);
        let g = sh.new_g(id, task);
        sh.runqput(g.clone(), true);
        if sh.main_started.load(Ordering::Relaxed) {
            sh.wakep();
        }
        Ok(g)
    }

    /// Sets the preemption budget passed to `Task::run` (default
    /// `DEFAULT_BUDGET`).
    pub fn set_budget(&self, budget: u32) {
        self.shared.budget.store(budget.max(1), Ordering::Relaxed);
    }

    /// Replaces the deadlock hook (the default prints the report to stderr).
    /// The program then exits with code 2.
    pub fn set_deadlock_hook(&self, hook: DeadlockHook) {
        *self.shared.deadlock_hook.lock() = Some(hook);
    }

    /// Turns `schedtrace` on (every `ms` milliseconds) or off (0); must be
    /// called before `run_main`.
    pub fn set_schedtrace(&self, ms: u64) {
        self.shared.schedtrace_ms.store(ms, Ordering::Relaxed);
    }

    /// The `go` statement: creates a G for `task` and queues it (in the
    /// current P's `runnext` when called from a goroutine, else in the
    /// global queue), waking an idle P if there is one.
    pub fn spawn(&self, task: Box<dyn Task>) -> Arc<G> {
        let id = self.shared.goidgen.fetch_add(1, Ordering::Relaxed);
        let g = self.shared.new_g(id, task);
        self.shared.runqput(g.clone(), true);
        if self.shared.main_started.load(Ordering::Relaxed) {
            self.shared.wakep();
        }
        g
    }

    /// Makes a parked G runnable again. Called by whoever completed the
    /// operation the G waits for. See `g.rs` for the protocol.
    pub fn ready(&self, g: &Arc<G>) {
        self.shared.ready(g);
    }

    /// Runs `main` as goroutine 1 until the program exits; returns the exit
    /// code (0 when main returns, the `RunExit::Exit` code, 2 on deadlock).
    pub fn run_main(&self, main: Box<dyn Task>) -> i32 {
        let sh = &self.shared;
        assert!(
            !sh.main_started.swap(true, Ordering::SeqCst),
            "run_main called twice"
        );
        let g = sh.new_g(MAIN_GOID, main);
        sh.global.push(g);
        sh.startm(false);
        // Anything spawned before run_main is in the global queue too.
        sh.wakep();
        if sh.schedtrace_ms.load(Ordering::Relaxed) > 0 {
            super::trace::start_sysmon(sh.clone());
        }
        let mut code = sh.exit_code.lock();
        while code.is_none() {
            sh.exit_cv.wait(&mut code);
        }
        // Invariant: the loop above only ends once the code is set.
        code.expect("exit code set")
    }

    /// Ends the program with `code` (as `os.Exit`): `run_main` returns it.
    pub fn exit(&self, code: i32) {
        self.shared.exit(code);
    }

    /// True once the program is ending: long native calls may stop early.
    pub fn is_exiting(&self) -> bool {
        self.shared.exiting.load(Ordering::Acquire)
    }

    /// `runtime.GOMAXPROCS(n)`: sets the number of Ps if `n > 0` and
    /// returns the previous value.
    pub fn gomaxprocs(&self, n: usize) -> usize {
        self.shared.set_gomaxprocs(n)
    }

    /// `runtime.NumGoroutine()`.
    pub fn num_goroutine(&self) -> usize {
        self.shared.allgs.lock().len()
    }

    /// Every live G (e.g. for `runtime.Stack(buf, true)`), by id.
    pub fn all_goroutines(&self) -> Vec<Arc<G>> {
        let mut gs: Vec<Arc<G>> = self.shared.allgs.lock().values().cloned().collect();
        gs.sort_by_key(|g| g.id());
        gs
    }

    /// The G with this id, if alive.
    pub fn goroutine(&self, id: u64) -> Option<Arc<G>> {
        self.shared.allgs.lock().get(&id).cloned()
    }

    /// Runs `f`, a native call that blocks in the OS, without holding a P
    /// (Go's `entersyscallblock` + `exitsyscall`). Must be called from inside
    /// `Task::run`. Other goroutines keep running meanwhile, and the
    /// deadlock detector stays quiet until `f` returns.
    pub fn syscall<R>(&self, f: impl FnOnce() -> R) -> R {
        self.shared.syscall(f)
    }

    /// Parks the current G *together with its OS thread*, for operations
    /// that cannot return `Op::Park` to the scheduler (see the module docs).
    /// Call it after the operation returned `Op::Park`, from inside
    /// `Task::run`; it returns once `ready(g)` was called and this M holds
    /// a P again (true), or when the program is exiting (false). Then
    /// re-call the operation to collect its result.
    pub fn block_current_m(&self, g: &Arc<G>) -> bool {
        self.shared.block_current_m(g)
    }

    /// The scheduler's counters (per P, per M), for tests and tracing.
    pub fn stats(&self) -> SchedStats {
        self.shared.stats_snapshot()
    }

    /// The instant the scheduler's clock started (schedtrace's 0 ms).
    pub fn epoch(&self) -> Instant {
        self.shared.epoch
    }
}

impl Shared {
    /// Creates and registers a G.
    fn new_g(self: &Arc<Self>, id: u64, task: Box<dyn Task>) -> Arc<G> {
        let g = Arc::new(G::new(id, task, Arc::downgrade(self)));
        self.allgs.lock().insert(id, g.clone());
        g
    }

    /// True once the program is ending.
    pub(crate) fn exiting(&self) -> bool {
        self.exiting.load(Ordering::Acquire)
    }

    /// Queues `g` on the current P (runnext if `next`) or, from outside a P,
    /// on the global queue. Gs readied by timer callbacks go to the tail:
    /// timers that fire together must run their Gs in deadline order, and
    /// `runnext` would reverse them.
    fn runqput(self: &Arc<Self>, g: Arc<G>, next: bool) {
        let next = next && !super::timer::in_timer_callback();
        let g = with_current(self, |m| {
            if let Some(m) = m
                && let Ok(p) = m.p.try_borrow()
                && let Some(p) = p.as_ref()
            {
                p.put(g, next);
                return None;
            }
            Some(g)
        });
        if let Some(g) = g {
            self.global.push(g);
        }
    }

    /// See `Sched::ready`.
    pub(crate) fn ready(self: &Arc<Self>, g: &Arc<G>) {
        match g.ready_transition() {
            ReadyAction::Enqueue => {
                self.runqput(g.clone(), true);
                self.wakep();
            }
            ReadyAction::Nothing => {}
            ReadyAction::WakeM => {
                let mut st = self.state.lock();
                st.nmgblocked -= 1;
                // Invariant: block_current_m inserts the entry before its
                // CAS to WAITING_M, under this lock.
                let m = st.blocked.remove(&g.id()).expect("blocked M registered");
                drop(st);
                m.poke_with(|s| s.resumed = true);
            }
        }
    }

    /// Go's `wakep`: if there is an idle P and no spinning M, start one
    /// spinning M to look for the work just added.
    pub(crate) fn wakep(self: &Arc<Self>) {
        if self.npidle.load(Ordering::SeqCst) == 0 || self.nmspinning.load(Ordering::SeqCst) != 0 {
            return;
        }
        if self
            .nmspinning
            .compare_exchange(0, 1, Ordering::SeqCst, Ordering::SeqCst)
            .is_err()
        {
            return;
        }
        self.startm(true);
    }

    /// Go's `startm`: takes an idle P and gives it to an idle (or new) M.
    /// If `spinning`, the caller already counted the M in `nmspinning`.
    fn startm(self: &Arc<Self>, spinning: bool) {
        let mut st = self.state.lock();
        let Some(p) = st.idle_ps.pop() else {
            drop(st);
            if spinning {
                self.nmspinning.fetch_sub(1, Ordering::SeqCst);
            }
            return;
        };
        self.npidle.fetch_sub(1, Ordering::SeqCst);
        self.startm_with(st, p, spinning);
    }

    /// Gives `p` to an idle M, or to a new one. Consumes the lock guard.
    fn startm_with(
        self: &Arc<Self>,
        mut st: parking_lot::MutexGuard<'_, SchedState>,
        p: P,
        spinning: bool,
    ) {
        // Prefer an idle M that is not the timer waiter, so that the timer
        // waiter keeps watching the clock.
        let tw = st.timer_waiter.clone();
        let pos = st
            .idle_ms
            .iter()
            .rposition(|m| tw.as_ref().is_none_or(|t| !Arc::ptr_eq(m, t)))
            .or_else(|| st.idle_ms.len().checked_sub(1));
        if let Some(pos) = pos {
            let m = st.idle_ms.swap_remove(pos);
            if tw.as_ref().is_some_and(|t| Arc::ptr_eq(t, &m)) {
                st.timer_waiter = None;
            }
            // Handing over under the lock: an M that leaves the idle list by
            // itself checks its slot under this lock too (see `stopm`).
            m.give_p(p, spinning);
            return;
        }
        let id = st.allm.len();
        let handle = MHandle::new(id);
        st.allm.push(handle.clone());
        st.mcount += 1;
        drop(st);
        self.newm(handle, p, spinning);
    }

    /// Starts an OS thread for M `handle`, holding `p`.
    fn newm(self: &Arc<Self>, handle: Arc<MHandle>, p: P, spinning: bool) {
        let shared = self.clone();
        let res = std::thread::Builder::new()
            .name(format!("gosub-m{}", handle.id))
            .stack_size(M_STACK_SIZE)
            .spawn(move || mstart(shared, handle, p, spinning));
        if let Err(e) = res {
            eprintln!("runtime: failed to create new OS thread: {e}");
            self.exit(2);
        }
    }

    /// Puts `p` in the idle list, or hands it to an M waiting for one, or
    /// retires it if GOMAXPROCS shrank below its id.
    fn pidleput(self: &Arc<Self>, mut p: P) {
        let mut st = self.state.lock();
        if p.id >= self.gomaxprocs.load(Ordering::SeqCst) {
            p.drain_to(&self.global);
            st.p_alive[p.id] = false;
            drop(st);
            self.wakep();
            return;
        }
        let has_work = !p.is_empty();
        self.pidleput_locked(&mut st, p);
        drop(st);
        if has_work {
            // Queued Gs on an idle P: make sure some M comes to steal them.
            self.wakep();
        }
    }

    /// Gives `p` to the first M waiting for a P, else makes it idle.
    fn pidleput_locked(&self, st: &mut SchedState, p: P) {
        if let Some(m) = st.pwaiters.pop_front() {
            self.pwanted.fetch_sub(1, Ordering::SeqCst);
            m.give_p(p, false);
            return;
        }
        st.idle_ps.push(p);
        self.npidle.fetch_add(1, Ordering::SeqCst);
    }

    /// Hands `p` to an M waiting for one, if any; else gives it back.
    fn handoff_to_waiter(&self, p: P) -> Option<P> {
        let mut st = self.state.lock();
        match st.pwaiters.pop_front() {
            Some(m) => {
                self.pwanted.fetch_sub(1, Ordering::SeqCst);
                m.give_p(p, false);
                None
            }
            None => Some(p),
        }
    }

    /// Takes an idle P, if any.
    fn pidleget(&self) -> Option<P> {
        let mut st = self.state.lock();
        let p = st.idle_ps.pop()?;
        self.npidle.fetch_sub(1, Ordering::SeqCst);
        Some(p)
    }

    /// Go's `handoffp`: an M is about to block without its P; find the P a
    /// new M if there is anything for it to do, else make it idle.
    fn handoffp(self: &Arc<Self>, p: P) {
        if !p.is_empty() || !self.global.is_empty() || self.timers.pending() > 0 {
            let st = self.state.lock();
            self.startm_with(st, p, false);
            return;
        }
        if self.nmspinning.load(Ordering::SeqCst) + self.npidle.load(Ordering::SeqCst) == 0
            && self
                .nmspinning
                .compare_exchange(0, 1, Ordering::SeqCst, Ordering::SeqCst)
                .is_ok()
        {
            let st = self.state.lock();
            self.startm_with(st, p, true);
            return;
        }
        self.pidleput(p);
    }

    /// True if any run queue holds a G (the re-check before parking).
    fn any_work(&self) -> bool {
        if !self.global.is_empty() {
            return true;
        }
        self.allp
            .read()
            .iter()
            .any(|p| !p.stealer.is_empty() || p.runnext.lock().is_some())
    }

    /// A G finished: unregister it. (Main *returning* is `RunExit::Exit(0)`;
    /// main finishing with `Done` is `runtime.Goexit`, after which the
    /// program runs on until the other goroutines are done or deadlocked.)
    fn gdone(self: &Arc<Self>, g: &Arc<G>) {
        g.set_status(GStatus::Dead);
        self.allgs.lock().remove(&g.id());
        let task = g.task.lock().take();
        drop(task);
    }

    /// Decides the exit code (first caller wins) and wakes everyone.
    pub(crate) fn exit(&self, code: i32) {
        {
            let mut c = self.exit_code.lock();
            if c.is_some() {
                return;
            }
            *c = Some(code);
        }
        self.exiting.store(true, Ordering::SeqCst);
        self.exit_cv.notify_all();
        let st = self.state.lock();
        for m in &st.allm {
            m.poke_with(|s| s.exit = true);
        }
    }

    /// Calls the deadlock hook, then exits with code 2. Takes the blocked
    /// Gs found by `checkdead`; called without the scheduler lock, since the
    /// tracebacks run VM code.
    pub(crate) fn report_deadlock(self: &Arc<Self>, gs: Vec<Arc<G>>) {
        if self.deadlock_reported.swap(true, Ordering::SeqCst) {
            return;
        }
        let report = DeadlockReport::new(&gs);
        {
            let hook = self.deadlock_hook.lock();
            match hook.as_ref() {
                Some(h) => h(&report),
                None => eprint!("{report}"),
            }
        }
        self.exit(2);
    }

    /// See `Sched::gomaxprocs`.
    fn set_gomaxprocs(self: &Arc<Self>, n: usize) -> usize {
        if n == 0 {
            return self.gomaxprocs.load(Ordering::SeqCst);
        }
        let mut st = self.state.lock();
        let old = self.gomaxprocs.swap(n, Ordering::SeqCst);
        if n > old {
            if st.p_alive.len() < n {
                st.p_alive.resize(n, false);
            }
            for id in old..n {
                if st.p_alive[id] {
                    // Still held by an M that has not retired it yet: it
                    // keeps it (pidleput/surrender re-check the id).
                    continue;
                }
                let p = P::new(id);
                {
                    let mut allp = self.allp.write();
                    if allp.len() <= id {
                        allp.push(p.shared.clone());
                    } else {
                        allp[id] = p.shared.clone();
                    }
                }
                st.p_alive[id] = true;
                self.pidleput_locked(&mut st, p);
            }
            drop(st);
            self.wakep();
        } else if n < old {
            let mut keep = Vec::with_capacity(st.idle_ps.len());
            let mut retired = Vec::new();
            for p in std::mem::take(&mut st.idle_ps) {
                if p.id >= n {
                    retired.push(p);
                } else {
                    keep.push(p);
                }
            }
            st.idle_ps = keep;
            for mut p in retired {
                p.drain_to(&self.global);
                st.p_alive[p.id] = false;
                self.npidle.fetch_sub(1, Ordering::SeqCst);
            }
            drop(st);
            self.wakep();
        }
        old
    }

    /// See `Sched::syscall`.
    fn syscall<R>(self: &Arc<Self>, f: impl FnOnce() -> R) -> R {
        let handle = with_current(self, |m| {
            let m = m.expect("Sched::syscall called outside a goroutine");
            let p = m.p.borrow_mut().take();
            (m.handle.clone(), p)
        });
        self.state.lock().nmsys += 1;
        if let Some(p) = handle.1 {
            self.handoffp(p);
        }
        let r = f();
        self.state.lock().nmsys -= 1;
        self.acquirep_blocking(&handle.0);
        r
    }

    /// See `Sched::block_current_m`.
    fn block_current_m(self: &Arc<Self>, g: &Arc<G>) -> bool {
        let (handle, p) = with_current(self, |m| {
            let m = m.expect("block_current_m called outside a goroutine");
            let p = m.p.borrow_mut().take();
            (m.handle.clone(), p)
        });
        if let Some(p) = p {
            self.handoffp(p);
        }
        let mut st = self.state.lock();
        st.blocked.insert(g.id(), handle.clone());
        if !g.cas_status(GStatus::Parking, GStatus::WaitingM) {
            // Readied while we were letting go (WOKEN): carry on.
            st.blocked.remove(&g.id());
            drop(st);
            assert_eq!(g.status(), GStatus::Woken, "block_current_m: G not parking");
            g.set_status(GStatus::Running);
            return self.acquirep_blocking(&handle);
        }
        st.nmgblocked += 1;
        let report = self.checkdead(&st);
        drop(st);
        if let Some(r) = report {
            self.report_deadlock(r);
        }
        {
            let mut s = handle.slot.lock();
            while !s.resumed && !s.exit {
                handle.cv.wait(&mut s);
            }
            if !s.resumed {
                return false;
            }
            s.resumed = false;
        }
        self.acquirep_blocking(&handle)
    }

    /// Waits until this M holds a P again (Go's `exitsyscall` slow path).
    /// False if the program is exiting.
    fn acquirep_blocking(&self, handle: &Arc<MHandle>) -> bool {
        let p = {
            let mut st = self.state.lock();
            if self.exiting() {
                return false;
            }
            match st.idle_ps.pop() {
                Some(p) => {
                    self.npidle.fetch_sub(1, Ordering::SeqCst);
                    Some(p)
                }
                None => {
                    st.pwaiters.push_back(handle.clone());
                    self.pwanted.fetch_add(1, Ordering::SeqCst);
                    None
                }
            }
        };
        let p = match p {
            Some(p) => p,
            None => {
                let mut s = handle.slot.lock();
                loop {
                    if let Some(p) = s.p.take() {
                        break p;
                    }
                    if s.exit {
                        return false;
                    }
                    handle.cv.wait(&mut s);
                }
            }
        };
        with_current(self, |m| {
            // Invariant: called from the M's own thread (syscall and
            // block_current_m check this on entry).
            let m = m.expect("on an M");
            *m.p.borrow_mut() = Some(p);
        });
        true
    }

    /// Waits until the program exits or `deadline` passes; true if still
    /// running (the trace thread's sleep).
    pub(crate) fn wait_exit_until(&self, deadline: Instant) -> bool {
        let mut code = self.exit_code.lock();
        while code.is_none() {
            if self.exit_cv.wait_until(&mut code, deadline).timed_out() {
                return code.is_none();
            }
        }
        false
    }

    /// The counters.
    pub(crate) fn stats_snapshot(&self) -> SchedStats {
        let st = self.state.lock();
        let procs = self
            .allp
            .read()
            .iter()
            .map(|p| PStat {
                id: p.id,
                runs: p.stats.runs.load(Ordering::Relaxed),
                steals: p.stats.steals.load(Ordering::Relaxed),
                schedticks: p.stats.schedticks.load(Ordering::Relaxed),
                runq: p.stealer.len() + usize::from(p.runnext.lock().is_some()),
            })
            .collect();
        let ms = st
            .allm
            .iter()
            .map(|m| MStat {
                id: m.id,
                thread: *m.thread.lock(),
                runs: m.runs.load(Ordering::Relaxed),
            })
            .collect();
        SchedStats {
            gomaxprocs: self.gomaxprocs.load(Ordering::SeqCst),
            idle_procs: self.npidle.load(Ordering::SeqCst),
            threads: st.mcount,
            spinning_threads: self.nmspinning.load(Ordering::SeqCst),
            idle_threads: st.idle_ms.len(),
            global_runq: self.global.len(),
            procs,
            ms,
        }
    }

    /// Called by a timer operation that made `when_ns` the earliest
    /// deadline: make sure some M will wake up for it.
    pub(crate) fn timer_moved_earlier(&self) {
        let st = self.state.lock();
        if let Some(tw) = st.timer_waiter.as_ref() {
            // It re-reads the deadline in its wait loop.
            tw.poke_with(|_| {});
        } else if let Some(m) = st.idle_ms.last() {
            // Nobody watches the clock: wake an idle M to become the
            // timer waiter (it leaves the idle list and parks again).
            m.poke_with(|s| s.poke = true);
        }
    }

    /// Runs due timers if the earliest deadline has passed (cheap otherwise).
    pub(crate) fn check_timers(&self) {
        // No timer: no clock read (it runs at every scheduling round, and
        // clock_gettime was 13% of sieve_chan's profile).
        if self.timers.next_when().is_none() {
            return;
        }
        let now = self.now_ns();
        if self.timers.due(now) {
            self.timers.run_due(now);
        }
    }

    /// Nanoseconds since `epoch`.
    pub(crate) fn now_ns(&self) -> u64 {
        self.epoch.elapsed().as_nanos() as u64
    }

    /// An M thread ends. The last one out clears every G and timer, which
    /// breaks the reference cycles between Gs and their waiters.
    fn mexit(&self) {
        let last = {
            let mut st = self.state.lock();
            st.mcount -= 1;
            st.mcount == 0 && self.exiting()
        };
        if last {
            let gs: Vec<Arc<G>> = self.allgs.lock().drain().map(|(_, g)| g).collect();
            for g in &gs {
                g.clear();
            }
            self.timers.clear();
            while self.global.steal().is_success() {}
        }
    }
}

/// An M thread's body.
fn mstart(shared: Arc<Shared>, handle: Arc<MHandle>, p: P, spinning: bool) {
    *handle.thread.lock() = Some(std::thread::current().id());
    let m = MLocal {
        shared,
        handle,
        p: RefCell::new(Some(p)),
        spinning: Cell::new(spinning),
    };
    CURRENT.with(|c| c.set(&m));
    m.run();
    CURRENT.with(|c| c.set(std::ptr::null()));
    if m.spinning.get() {
        m.shared.nmspinning.fetch_sub(1, Ordering::SeqCst);
    }
    if let Some(p) = m.p.borrow_mut().take() {
        drop(p);
    }
    m.shared.mexit();
}

impl MLocal {
    /// The M's loop: schedule while holding a P; park when there is none.
    fn run(&self) {
        let sh = &self.shared;
        loop {
            if sh.exiting() {
                return;
            }
            if self.p.borrow().is_none() {
                match self.stopm() {
                    Wake::P(p, spinning) => {
                        *self.p.borrow_mut() = Some(p);
                        self.spinning.set(spinning);
                    }
                    Wake::Look => {
                        // Timers: try to take a P first (as a spinning M, so
                        // Gs readied by the timers do not wake yet another
                        // M), then run what is due.
                        if sh.npidle.load(Ordering::SeqCst) > 0
                            && let Some(p) = sh.pidleget()
                        {
                            *self.p.borrow_mut() = Some(p);
                            sh.nmspinning.fetch_add(1, Ordering::SeqCst);
                            self.spinning.set(true);
                        }
                        sh.check_timers();
                        continue;
                    }
                    Wake::Exit => return,
                }
            }
            if let Some(g) = self.find_runnable() {
                if self.spinning.get() {
                    self.reset_spinning();
                }
                self.execute(g);
            }
        }
    }

    /// Go's `resetspinning`: this M found work; if it was the last spinner,
    /// wake another M so that newly added work is still looked for.
    fn reset_spinning(&self) {
        self.spinning.set(false);
        let prev = self.shared.nmspinning.fetch_sub(1, Ordering::SeqCst);
        if prev == 1 {
            self.shared.wakep();
        }
    }

    /// Gives up the P at a scheduling point if GOMAXPROCS shrank below its
    /// id or an M is waiting for a P. True if the P was given up.
    fn maybe_surrender_p(&self) -> bool {
        let sh = &self.shared;
        let retire = {
            let p = self.p.borrow();
            // Invariant: only called while holding a P.
            p.as_ref().expect("holding a P").id >= sh.gomaxprocs.load(Ordering::SeqCst)
        };
        if !retire && sh.pwanted.load(Ordering::Relaxed) == 0 {
            return false;
        }
        // Stop spinning *before* letting go: pidleput may call wakep, which
        // does nothing while it sees a spinning M (that would be us, about
        // to park: a lost wake-up).
        let was_spinning = self.spinning.replace(false);
        if was_spinning {
            sh.nmspinning.fetch_sub(1, Ordering::SeqCst);
        }
        // Invariant: as above.
        let p = self.p.borrow_mut().take().expect("holding a P");
        let p = if retire {
            // pidleput retires it (or keeps it idle if GOMAXPROCS grew back).
            sh.pidleput(p);
            None
        } else {
            // If the waiter was served meanwhile, keep the P.
            sh.handoff_to_waiter(p)
        };
        if let Some(p) = p {
            *self.p.borrow_mut() = Some(p);
            if was_spinning {
                self.spinning.set(true);
                sh.nmspinning.fetch_add(1, Ordering::SeqCst);
            }
            return false;
        }
        true
    }

    /// Go's `findRunnable`: the next G to run, or None once this M has
    /// released its P and should park.
    fn find_runnable(&self) -> Option<Arc<G>> {
        let sh = &self.shared;
        loop {
            if sh.exiting() {
                return None;
            }
            // Timers run with no P borrowed: their callbacks may `ready`.
            sh.check_timers();
            if self.maybe_surrender_p() {
                return None;
            }
            {
                let mut pb = self.p.borrow_mut();
                // Invariant: maybe_surrender_p returned false, so we hold it.
                let p = pb.as_mut().expect("holding a P");
                p.schedtick += 1;
                p.shared.stats.schedticks.fetch_add(1, Ordering::Relaxed);
                if p.schedtick.is_multiple_of(GLOBAL_CHECK_PERIOD)
                    && let Some(g) = steal_one(&sh.global)
                {
                    p.new_slice();
                    return Some(g);
                }
                if let Some(g) = p.get() {
                    return Some(g);
                }
                if let Some(g) = steal_batch(&sh.global, &p.runq) {
                    p.new_slice();
                    return Some(g);
                }
            }
            let busy = sh
                .gomaxprocs
                .load(Ordering::SeqCst)
                .saturating_sub(sh.npidle.load(Ordering::SeqCst));
            if self.spinning.get() || 2 * sh.nmspinning.load(Ordering::SeqCst) < busy {
                if !self.spinning.get() {
                    self.spinning.set(true);
                    sh.nmspinning.fetch_add(1, Ordering::SeqCst);
                }
                if let Some(g) = self.steal_work() {
                    return Some(g);
                }
            }
            // Nothing anywhere: give the P back, stop spinning, look once
            // more (the consumer half of the wake-up handshake), then park.
            // (Spinning ends first, for the reason given in
            // maybe_surrender_p; the re-check below covers work added in
            // between.)
            let was_spinning = self.spinning.replace(false);
            if was_spinning {
                sh.nmspinning.fetch_sub(1, Ordering::SeqCst);
            }
            // Invariant: still holding the P (nothing released it above).
            let p = self.p.borrow_mut().take().expect("holding a P");
            sh.pidleput(p);
            if sh.any_work()
                && let Some(p) = sh.pidleget()
            {
                *self.p.borrow_mut() = Some(p);
                if was_spinning {
                    self.spinning.set(true);
                    sh.nmspinning.fetch_add(1, Ordering::SeqCst);
                }
                continue;
            }
            return None;
        }
    }

    /// Steals half of a random other P's queue (Go's `stealWork`); on the
    /// last try also takes its `runnext`.
    fn steal_work(&self) -> Option<Arc<G>> {
        let sh = &self.shared;
        let allp = sh.allp.read();
        let n = allp.len();
        let pb = self.p.borrow();
        // Invariant: called from find_runnable while holding a P.
        let me = pb.as_ref().expect("holding a P");
        for attempt in 0..STEAL_TRIES {
            let last = attempt == STEAL_TRIES - 1;
            let start = fastrand::below(n);
            for i in 0..n {
                let victim = &allp[(start + i) % n];
                if victim.id == me.id {
                    continue;
                }
                loop {
                    match victim.stealer.steal_batch_and_pop(&me.runq) {
                        Steal::Success(g) => {
                            me.shared.stats.steals.fetch_add(1, Ordering::Relaxed);
                            return Some(g);
                        }
                        Steal::Retry => continue,
                        Steal::Empty => break,
                    }
                }
                if last {
                    // Give the owner a moment to run its runnext itself: it
                    // is usually about to (Go sleeps 3 µs here).
                    std::thread::yield_now();
                    if let Some(g) = victim.runnext.lock().take() {
                        me.shared.stats.steals.fetch_add(1, Ordering::Relaxed);
                        return Some(g);
                    }
                }
            }
            if let Some(g) = steal_batch(&sh.global, &me.runq) {
                return Some(g);
            }
        }
        None
    }

    /// Runs `g` until it yields, parks, finishes or exits.
    fn execute(&self, g: Arc<G>) {
        let sh = &self.shared;
        g.set_status(GStatus::Running);
        if let Some(p) = self.p.borrow().as_ref() {
            p.shared.stats.runs.fetch_add(1, Ordering::Relaxed);
        }
        self.handle.runs.fetch_add(1, Ordering::Relaxed);
        let budget = sh.budget.load(Ordering::Relaxed);
        let exit = {
            let mut task = g.task.lock();
            match task.as_mut() {
                Some(t) => loop {
                    let r = std::panic::catch_unwind(AssertUnwindSafe(|| t.run(&g, budget)));
                    // Preempted with nothing else to run: go on with the
                    // same G on this M. Requeueing it on the global queue
                    // would wake an idle M (wakep) that steals it: a
                    // single busy goroutine bounced between threads on
                    // every budget, with a futex wake each time.
                    if matches!(r, Ok(RunExit::Yield)) && self.only_runnable() {
                        continue;
                    }
                    break r;
                },
                None => Ok(RunExit::Done),
            }
        };
        match exit {
            Ok(RunExit::Yield) => {
                g.set_status(GStatus::Runnable);
                sh.global.push(g);
                sh.wakep();
            }
            Ok(RunExit::Park) => {
                if !g.cas_status(GStatus::Parking, GStatus::Waiting) {
                    match g.status() {
                        GStatus::Woken => {
                            // Readied before we let go: we requeue it.
                            g.set_status(GStatus::Runnable);
                            sh.runqput(g, true);
                        }
                        s => panic!(
                            "goroutine {} returned Park in state {s:?}: \
                             no blocking operation registered it",
                            g.id()
                        ),
                    }
                }
            }
            Ok(RunExit::Done) => sh.gdone(&g),
            Ok(RunExit::Exit(code)) => {
                g.set_status(GStatus::Dead);
                sh.exit(code)
            }
            Err(_) => {
                eprintln!("fatal error: internal panic in goroutine {}", g.id());
                g.set_status(GStatus::Dead);
                sh.exit(2);
            }
        }
    }

    /// After a preemption: true if the preempted G may simply go on, as
    /// no other G is queued here or globally, no timer is due, and the P
    /// need not be given up. (Other Ps' queues are theirs to run; an idle
    /// M steals from them.)
    fn only_runnable(&self) -> bool {
        let sh = &self.shared;
        if sh.exiting() || sh.pwanted.load(Ordering::Relaxed) != 0 {
            return false;
        }
        // Due timers may ready Gs into our queue (no P borrow is held here).
        sh.check_timers();
        let pb = self.p.borrow();
        let Some(p) = pb.as_ref() else {
            return false;
        };
        p.id < sh.gomaxprocs.load(Ordering::SeqCst) && p.is_empty() && sh.global.is_empty()
    }

    /// Go's `stopm`: parks this M (which holds no P) until it is handed a P,
    /// poked (timers), or the program exits.
    fn stopm(&self) -> Wake {
        let sh = &self.shared;
        let timer_mode;
        {
            let mut st = sh.state.lock();
            if sh.exiting() {
                return Wake::Exit;
            }
            st.idle_ms.push(self.handle.clone());
            timer_mode = sh.timers.pending() > 0 && st.timer_waiter.is_none();
            if timer_mode {
                st.timer_waiter = Some(self.handle.clone());
            }
            let report = sh.checkdead(&st);
            drop(st);
            if let Some(r) = report {
                sh.report_deadlock(r);
            }
        }
        {
            let mut s = self.handle.slot.lock();
            loop {
                if s.exit {
                    return Wake::Exit;
                }
                if let Some(p) = s.p.take() {
                    return Wake::P(p, s.spinning);
                }
                if s.poke {
                    s.poke = false;
                    break;
                }
                if timer_mode {
                    match sh.timers.next_when() {
                        None => break,
                        Some(ns) => {
                            let deadline = sh.epoch + Duration::from_nanos(ns);
                            if deadline <= Instant::now() {
                                break;
                            }
                            self.handle.cv.wait_until(&mut s, deadline);
                        }
                    }
                } else {
                    self.handle.cv.wait(&mut s);
                }
            }
        }
        // Leaving the idle list by ourselves, unless startm has just taken
        // us out of it (then it filled our slot under the sched lock).
        let mut st = sh.state.lock();
        if let Some(pos) = st.idle_ms.iter().position(|m| Arc::ptr_eq(m, &self.handle)) {
            st.idle_ms.swap_remove(pos);
            if st
                .timer_waiter
                .as_ref()
                .is_some_and(|t| Arc::ptr_eq(t, &self.handle))
            {
                st.timer_waiter = None;
            }
            return Wake::Look;
        }
        drop(st);
        let mut s = self.handle.slot.lock();
        if let Some(p) = s.p.take() {
            return Wake::P(p, s.spinning);
        }
        Wake::Exit
    }
}

/// One G from the global queue.
fn steal_one(global: &Injector<Arc<G>>) -> Option<Arc<G>> {
    loop {
        match global.steal() {
            Steal::Success(g) => return Some(g),
            Steal::Retry => continue,
            Steal::Empty => return None,
        }
    }
}

/// A batch from the global queue into `dest`, returning one of them.
fn steal_batch(global: &Injector<Arc<G>>, dest: &Worker<Arc<G>>) -> Option<Arc<G>> {
    loop {
        match global.steal_batch_and_pop(dest) {
            Steal::Success(g) => return Some(g),
            Steal::Retry => continue,
            Steal::Empty => return None,
        }
    }
}
