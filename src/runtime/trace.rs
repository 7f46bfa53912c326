//! Scheduler tracing: `GODEBUG=schedtrace=N`.
//!
//! A sysmon-like thread (started by `run_main` only when tracing is on; we
//! need no sysmon otherwise, since preemption is by budget) prints one line
//! to stderr at start and then every N milliseconds, in go1.27's format:
//!
//! ```text
//! SCHED 1000ms: gomaxprocs=2 idleprocs=0 threads=4 spinningthreads=0 needspinning=0 idlethreads=1 runqueue=0 [ 0 0 ] schedticks=[ 99 103 ]
//! ```
//!
//! * `threads`: OS threads of the runtime: the Ms, this monitor, and the
//!   thread blocked in `run_main` (Go's m0 runs goroutines; ours waits).
//! * `needspinning`: Go sets it when a P was left idle because no M could
//!   spin; our `wakep` never leaves that debt, so it is always 0.
//! * `[ ... ]`: each P's local queue length (including `runnext`), and
//!   `schedticks=[ ... ]`: each P's scheduling rounds.
//!
//! The thread sleeps on the exit condition variable between lines, so it
//! costs nothing and ends as soon as the program exits.

use std::fmt::Write as _;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use super::sched::{SchedStats, Shared};

/// `schedtrace=N` from `GODEBUG` (comma-separated `name=value` pairs), in
/// milliseconds; 0 if absent or malformed.
pub(crate) fn schedtrace_from_env() -> u64 {
    std::env::var("GODEBUG")
        .ok()
        .map_or(0, |v| parse_schedtrace(&v))
}

/// `schedtrace=N` from a GODEBUG value.
pub fn parse_schedtrace(godebug: &str) -> u64 {
    godebug
        .split(',')
        .filter_map(|kv| kv.trim().strip_prefix("schedtrace="))
        .filter_map(|v| v.parse::<u64>().ok())
        .next_back()
        .unwrap_or(0)
}

/// One trace line (without the newline) for `stats` at `ms` since start.
pub fn format_schedtrace(ms: u128, st: &SchedStats) -> String {
    let alive = &st.procs[..st.gomaxprocs.min(st.procs.len())];
    let mut s = format!(
        "SCHED {ms}ms: gomaxprocs={} idleprocs={} threads={} spinningthreads={} \
         needspinning=0 idlethreads={} runqueue={} [",
        st.gomaxprocs,
        st.idle_procs,
        st.threads + 2,
        st.spinning_threads,
        st.idle_threads,
        st.global_runq,
    );
    for p in alive {
        let _ = write!(s, " {}", p.runq);
    }
    s.push_str(" ] schedticks=[");
    for p in alive {
        let _ = write!(s, " {}", p.schedticks);
    }
    s.push_str(" ]");
    s
}

/// Starts the monitor thread.
pub(crate) fn start_sysmon(sh: Arc<Shared>) {
    let ms = sh.schedtrace_ms.load(Ordering::Relaxed);
    let spawned = std::thread::Builder::new()
        .name("gosub-sysmon".into())
        .spawn(move || {
            let period = Duration::from_millis(ms);
            let mut next = sh.epoch;
            loop {
                if sh.exiting() {
                    return;
                }
                let line = format_schedtrace(sh.epoch.elapsed().as_millis(), &sh.stats_snapshot());
                eprintln!("{line}");
                next += period;
                if !sh.wait_exit_until(next) {
                    return;
                }
            }
        });
    if let Err(e) = spawned {
        eprintln!("runtime: cannot start sysmon: {e}");
    }
}
