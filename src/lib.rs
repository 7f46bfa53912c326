//! gosub: an interpreter for Go, whose goroutines run in parallel on a
//! G/M/P work-stealing scheduler like Go's own runtime.
//!
//! # Bird's-eye view
//!
//! ```text
//!  .go files ─▶ syntax ─▶ types ─▶ compiler ─▶ vm::Program ─▶ runtime (Ms run Gs)
//!               lexer      checker   bytecode    functions,     each G is a vm::Fiber
//!               parser     Info      per func    natives,       parked / readied by
//!               AST        TypeTable             globals        channels, sync, timers
//! ```
//!
//! 1. **`syntax`**: a `logos` lexer inserts Go's automatic semicolons; the
//!    `lalrpop` grammar (`grammar/go.lalrpop`) builds the AST
//!    (`syntax::ast`, mirroring `go/ast`). Where Go is not LR(1) (types in
//!    expression position, parameter grouping, type switches) the grammar
//!    parses a superset and `syntax::actions` resolves it, as Go's parser
//!    does. Every expression and identifier gets a `NodeId`.
//! 2. **`types`**: the checker, modelled on `go/types`. It records what it
//!    learns in side tables keyed by `NodeId` (`types::info::Info`: the type
//!    and constant value of each expression, the object each identifier
//!    defines or uses, field/method selections with their embedding paths)
//!    and interns every type in one `TypeTable`, so type identity is `TypeId`
//!    equality. Constants are exact (`num-bigint`/`num-rational`). Errors are
//!    `diag::Diagnostic`s worded as Go words them, rendered with `miette`.
//! 3. **`stdlib::decls`**: the standard library is *declared in Go*
//!    (`src/stdlib/decls/*.go`) and checked like user code. A bodiless
//!    function is native: implemented in Rust in `src/stdlib/*.rs` and bound
//!    by qualified name (`strings.Contains`, `sync.Mutex.Lock`). Library code
//!    that calls back into user code (`sort.Slice`, `Once.Do`, `t.Run`) has a
//!    Go body and is compiled like user code, so callbacks never nest the VM.
//! 4. **`compiler`**: the checked AST becomes register bytecode, one
//!    `vm::Func` per Go function, with typed instructions chosen from the
//!    checker's types (`AddInt`, `ConcatStr`, ...; `vm::instr` lists them one
//!    line each). Escape analysis puts captured or address-taken locals in
//!    heap cells. Implicit conversions to interfaces are explicit boxing.
//! 5. **`vm`**: a `Fiber` holds one goroutine's frames and registers (it
//!    starts small and grows) and `execute`s until the function returns, the
//!    goroutine blocks, or its preemption budget (counted on calls and
//!    backward jumps) runs out.
//! 6. **`runtime`**: the scheduler runs fibers as `Task`s on Ms (OS threads)
//!    that each hold a P with a local run queue.
//!
//! # The value model
//!
//! A `vm::Value` is 24 bytes, `Send + Sync`, reference counted: scalars are
//! immediate (`Int` holds every integer type, wrapped per type by the
//! instructions); strings are immutable byte strings; structs and arrays are
//! *memory*: a `Store` of slots that an aggregate variable owns, so
//! assignment copies into it and `&x`, `&s.f`, `&a[i]`, `a[:]` alias it;
//! slices are windows on a store; maps, channels and closures are `Arc`s;
//! an interface is (dynamic `TypeId`, value). Shared memory is safe without
//! a global lock: scalar slots are relaxed atomics (plain moves on x86:
//! racy like Go, never undefined behaviour) and other slots are short
//! per-slot `parking_lot` locks. A racy Go program gets a racy result, never
//! a crash. Reference cycles leak (accepted).
//!
//! # The scheduler
//!
//! GOMAXPROCS Ps each own a `crossbeam-deque` `Worker` as local run queue;
//! one global `Injector` takes preempted and external work. An M whose P has
//! no work takes from the global queue, then steals half of a random other
//! P's queue, and otherwise parks on a condvar (waiting at most until the
//! earliest timer), so an idle program uses no CPU. `runtime.GOMAXPROCS(n)`
//! adds or retires Ps while the program runs. Timers (`time.Sleep`, `Timer`,
//! `Ticker`, `After`, `AfterFunc`) live in one heap the Ms service; no thread
//! per timer. When no G can run, none is running and no timer is pending,
//! `runtime::deadlock` prints Go's `fatal error: all goroutines are asleep -
//! deadlock!` with each goroutine's wait reason, exit code 2.
//!
//! # How a channel operation parks and wakes a G
//!
//! A G has no Rust stack to suspend, so every blocking operation is
//! *resumable by re-calling it*. A receive on an empty channel: the VM calls
//! `Hchan::recv(g)`; under the channel lock it enqueues a waiter (Go's
//! `sudog`) in `recvq`, stores it in the G's wait slot, moves the G from
//! RUNNING to PARKING and returns `Op::Park`. The VM returns
//! `RunExit::Park` *without advancing its pc*; the M releases the G and
//! CASes PARKING to WAITING. A sender finds the waiter, writes the value
//! into it, and calls `ready(g)`: WAITING becomes RUNNABLE and the G goes to
//! the sender's P's run queue (if the M was still unwinding, the G is WOKEN
//! and that M requeues it itself, so a G is never queued twice). When the G
//! runs again the VM re-executes the receive; `recv` takes the completed
//! waiter from the wait slot and returns the value. `select`, `sync` (via
//! `runtime::sema`) and `time.Sleep` follow the same protocol;
//! `runtime::g` has the full state diagram.
//!
//! # Code map
//!
//! | module | owns |
//! | --- | --- |
//! | `cli` | the `gosub` command line: run, test, check, disasm, repl |
//! | `diag` | diagnostics: Go's one-line form plus a miette snippet |
//! | `syntax` | source map, lexer, grammar glue, AST |
//! | `types` | the checker, `TypeTable`, `Info` |
//! | `compiler` | AST to bytecode, escape analysis, linking |
//! | `vm` | values, heap, maps, instructions, dispatch loop, panics |
//! | `runtime` | G, M, P, run queues, channels, select, timers, sema, deadlock |
//! | `stdlib` | Go declarations and Rust natives of the standard library |
//! | `testrunner` | `gosub test`: `TestXxx` functions run like `go test` |
//! | `repl` | the interactive prompt on rustyline |
//!
//! Architecture invariants: `syntax` knows nothing of types; the compiler
//! trusts the checker and knows nothing of the scheduler; the runtime knows
//! nothing of bytecode (it runs `Task`s and moves generic channel payloads).

pub mod cli;
pub mod compiler;
pub mod diag;
pub mod repl;
pub mod runtime;
pub mod stdlib;
pub mod syntax;
pub mod testrunner;
pub mod types;
pub mod vm;
