//! A goroutine's VM state: frames, registers, deferred calls and panics.
//!
//! Everything a goroutine needs to stop and resume lives in its `Fiber`, so
//! the scheduler can run it for a budget of work, park it on a channel and
//! resume it on another thread. Registers of all frames live in one vector
//! (`regs`), each frame owning the window `[base, base + nregs)`; the vector
//! starts small and grows on demand, so a parked goroutine costs well under
//! 1 KiB. A call's arguments are the first registers of the callee's window
//! (no copying), Lua style.

use super::heap::Store;
use super::output::Output;
use super::program::Program;
use super::value::{Callee, Closure, Value};
use std::sync::Arc;

/// Results of a frame marked with this `ret` are dropped (deferred calls).
pub const RET_DISCARD: u32 = u32::MAX;

/// State shared by all goroutines of one running program.
pub struct Machine {
    pub prog: Arc<Program>,
    /// Package-level variables, one slot each.
    pub globals: Arc<Store>,
    pub out: Output,
    /// Command-line arguments for `os.Args`.
    pub args: Vec<String>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FrameKind {
    /// An ordinary call from Go code.
    Normal,
    /// A deferred call run by `RunDefers` on a normal return.
    Deferred,
    /// A deferred call run while unwinding panic number `k` (index in
    /// `Fiber::panics`); `recover` works only directly inside such a frame.
    DeferredInPanic(u32),
    /// The first frame of a goroutine or of a nested call from a native:
    /// returning from it ends the `execute` that pushed it.
    Boundary,
}

pub struct Frame {
    /// Index in `Program::funcs`.
    pub func: u32,
    /// The next instruction to execute (saved while another frame runs).
    pub pc: u32,
    /// First register of this frame in `Fiber::regs`.
    pub base: u32,
    /// Absolute register where the results go, or `RET_DISCARD`.
    pub ret: u32,
    pub closure: Option<Arc<Closure>>,
    pub kind: FrameKind,
    /// `Fiber::defers.len()` when this frame was entered: the deferred calls
    /// above that mark are this frame's.
    pub defer_mark: u32,
}

/// A call recorded by `defer`: callee and arguments evaluated at defer time.
pub struct DeferRec {
    pub callee: Value,
    pub args: Vec<Value>,
}

/// A panic in progress (or recovered, or aborted by a later one).
pub struct PanicState {
    /// The panic value (an interface value, as `recover` returns it).
    pub value: Value,
    pub recovered: bool,
    /// A deferred call run for this panic panicked in turn.
    pub aborted: bool,
    /// Re-panicked with the recovered value (`[recovered, repanicked]`).
    pub repanicked: bool,
    /// Not a panic but `runtime.Goexit`: deferred calls run, `recover`
    /// returns nil, and the goroutine ends quietly when they are done.
    pub goexit: bool,
    /// A nil dereference: Go prints a `[signal SIGSEGV ...]` line.
    pub sigsegv: bool,
    /// (function, file, line) from the innermost frame out, when raised.
    pub traceback: Vec<(String, String, u32)>,
}

pub struct Fiber {
    pub m: Arc<Machine>,
    /// Never reassigned after `Fiber::new`: `execute` borrows the program
    /// through this field for its whole run (see the SAFETY note there).
    pub prog: Arc<Program>,
    pub regs: Vec<Value>,
    pub frames: Vec<Frame>,
    pub defers: Vec<DeferRec>,
    pub panics: Vec<PanicState>,
    /// Goroutine id, for tracebacks (`goroutine 1 [running]:`).
    pub goid: u64,
    /// Set by `os.Exit` or a fatal error: the program's exit code.
    pub exit_code: Option<i32>,
    /// The runtime's G while this fiber runs under the scheduler.
    pub g: Option<Arc<crate::runtime::G>>,
    /// Progress of a multi-step native across parks (0: not started).
    pub native_stage: u32,
    /// A native asked to yield the processor after it returns.
    pub yield_now: bool,
}

impl Fiber {
    /// A fiber that will run `callee(args)` as goroutine `goid`.
    pub fn new(m: Arc<Machine>, callee: Value, args: Vec<Value>, goid: u64) -> Fiber {
        let prog = m.prog.clone();
        // Room for exactly the first frame's window (see `reserve_regs`):
        // a parked goroutine's registers are most of its memory.
        let window = match &callee {
            Value::Func(c) => match c.callee {
                Callee::Go(f) => prog.funcs[f as usize].window() + 2,
                Callee::Native(_) => args.len() + 2,
            },
            _ => args.len() + 2,
        };
        let mut f = Fiber {
            m,
            prog,
            regs: Vec::with_capacity(window.max(args.len() + 1)),
            frames: Vec::with_capacity(1),
            defers: Vec::new(),
            panics: Vec::new(),
            goid,
            exit_code: None,
            g: None,
            native_stage: 0,
            yield_now: false,
        };
        f.regs.push(callee);
        f.regs.extend(args);
        f
    }

    /// Make sure registers `[0, n)` exist. Growth at least doubles (calls
    /// stay amortised O(1)) but allocates exactly: `Vec::resize` would
    /// round up again, and a goroutine parked in a 9-register function
    /// kept 16 registers (384 bytes) where 9 (216) do.
    #[inline]
    pub fn reserve_regs(&mut self, n: usize) {
        if self.regs.len() < n {
            self.grow_regs(n);
        }
    }

    #[cold]
    fn grow_regs(&mut self, n: usize) {
        let len = self.regs.len();
        let target = n.max(2 * len);
        if self.regs.capacity() < target {
            self.regs.reserve_exact(target - len);
        }
        self.regs.resize(target, Value::Nil);
    }

    /// Bytes of memory this fiber holds (for the parked-goroutine budget).
    pub fn footprint(&self) -> usize {
        std::mem::size_of::<Fiber>()
            + self.regs.capacity() * std::mem::size_of::<Value>()
            + self.frames.capacity() * std::mem::size_of::<Frame>()
            + self.defers.capacity() * std::mem::size_of::<DeferRec>()
    }
}
