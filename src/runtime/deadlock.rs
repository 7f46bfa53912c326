//! Deadlock detection: Go's `checkdead`.
//!
//! # When
//!
//! Every time an M is about to sleep with nothing to do (`stopm`) or with
//! its G (`block_current_m`), it calls `checkdead` under the scheduler
//! lock. The program is deadlocked when, all at once:
//!
//! * no M is running: every live M is idle or blocked with its G
//!   (`mcount == idle + gblocked`). An M that is running a G, spinning,
//!   running timers, or waiting for a P counts as running;
//! * no M is in a native blocking call (`Sched::syscall`): it may yet
//!   ready someone;
//! * no timer is pending: it will ready someone (or its callback may);
//! * every live G is parked (WAITING or WAITING_M), main included; or no
//!   G is left at all (main called `runtime.Goexit`, the others finished:
//!   Go's `no goroutines (main called runtime.Goexit) - deadlock!`).
//!
//! # Why there are no false reports
//!
//! Every wake-up is performed by a running M (a G's code, a timer callback,
//! a syscall's continuation), and every path that makes an M running again
//! changes the counts *under the scheduler lock before* the M can run:
//! `startm` takes an M off the idle list, `ready` of a WAITING_M G
//! decrements `nmgblocked`, the timer waiter removes itself from the idle
//! list before it runs timers. So when the last running M counts itself
//! out and sees no pending timer, nothing can ever wake anyone. The last
//! bullet is a safety net: a G that is RUNNABLE with no M running would be
//! a lost wake-up in the scheduler, and we would rather hang than lie.
//!
//! # What is printed
//!
//! Go's format, checked against `go1.27`:
//!
//! ```text
//! fatal error: all goroutines are asleep - deadlock!
//!
//! goroutine 1 [chan receive]:
//! main.main()
//!         /tmp/x.go:13 +0xda
//!
//! goroutine 6 [chan send]:
//! ...
//! ```
//!
//! Goroutine 1 first, then the others by id, a blank line between
//! goroutines; the lines under each header are the task's `traceback()`.
//! Then the program exits with code 2.

use std::fmt;
use std::sync::Arc;

use super::g::{G, WaitReason};
use super::sched::{SchedState, Shared};

/// One blocked goroutine in a deadlock report.
#[derive(Debug, Clone)]
pub struct GoroutineDump {
    /// Goroutine id.
    pub id: u64,
    /// Why it is blocked.
    pub reason: WaitReason,
    /// Its stack, as the VM prints it (lines ending in `\n`), maybe empty.
    pub traceback: String,
}

/// What the deadlock hook receives; `Display` gives Go's exact text.
#[derive(Debug, Clone)]
pub struct DeadlockReport {
    /// Every goroutine, main (1) first, then by id. Empty when main called
    /// `runtime.Goexit` and no goroutine is left (Go's `no goroutines`).
    pub goroutines: Vec<GoroutineDump>,
}

impl fmt::Display for DeadlockReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.goroutines.is_empty() {
            return f.write_str(
                "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n",
            );
        }
        f.write_str("fatal error: all goroutines are asleep - deadlock!\n")?;
        for g in &self.goroutines {
            write!(f, "\ngoroutine {} [{}]:\n{}", g.id, g.reason, g.traceback)?;
        }
        Ok(())
    }
}

impl Shared {
    /// Go's `checkdead`: the goroutines to report if the program is
    /// deadlocked. Called with the scheduler lock held (as `st`) by an M
    /// that has just counted itself idle or blocked; the caller builds the
    /// report (`report_deadlock`) after unlocking.
    pub(crate) fn checkdead(&self, st: &SchedState) -> Option<Vec<Arc<G>>> {
        if self.exiting() {
            return None;
        }
        let running = st.mcount.saturating_sub(st.idle_ms.len() + st.nmgblocked);
        if running > 0 || st.nmsys > 0 {
            return None;
        }
        if self.timers.pending() > 0 {
            return None;
        }
        // No goroutine left at all: main called Goexit and the others are
        // done (main returning would have ended the program). Reported
        // with an empty list.
        let gs: Vec<Arc<G>> = self.allgs.lock().values().cloned().collect();
        if gs.iter().any(|g| !g.status().is_blocked()) {
            return None;
        }
        if !self.global.is_empty() {
            return None;
        }
        Some(gs)
    }
}

impl DeadlockReport {
    /// The report for these blocked goroutines: main first, then by id.
    pub(crate) fn new(gs: &[Arc<G>]) -> DeadlockReport {
        let mut gs = gs.to_vec();
        gs.sort_by_key(|g| g.id());
        let goroutines = gs
            .iter()
            .map(|g| GoroutineDump {
                id: g.id(),
                reason: g.wait_reason(),
                // A WAITING_M G's task is locked by its blocked M: no stack.
                traceback: g
                    .task
                    .try_lock()
                    .and_then(|t| t.as_ref().map(|t| t.traceback()))
                    .unwrap_or_default(),
            })
            .collect();
        DeadlockReport { goroutines }
    }
}
