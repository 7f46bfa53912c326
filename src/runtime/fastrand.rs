//! A per-thread, non-cryptographic random number generator for scheduling
//! decisions (the victim order when stealing, `select`'s poll order).
//!
//! Go uses `cheaprand` (wyrand over per-M state) for the same jobs; we do the
//! same: each thread seeds a wyrand state once from the clock, its thread id
//! and a global counter, then draws numbers without any shared cache line.
//! `rand`'s thread RNG would do, but it is a cryptographic generator and
//! these calls sit on the hottest paths of `select` and the M's find-work
//! loop.

use std::cell::Cell;
use std::hash::{Hash, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};

/// Distinguishes threads seeded within the same clock tick.
static SEED_COUNTER: AtomicU64 = AtomicU64::new(0x9E37_79B9_7F4A_7C15);

thread_local! {
    /// This thread's wyrand state (0 = not yet seeded).
    static STATE: Cell<u64> = const { Cell::new(0) };
}

/// A seed from the clock, the thread id and a global counter.
fn seed() -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    std::thread::current().id().hash(&mut h);
    std::time::SystemTime::now().hash(&mut h);
    SEED_COUNTER
        .fetch_add(0x9E37_79B9_7F4A_7C15, Ordering::Relaxed)
        .hash(&mut h);
    h.finish() | 1
}

/// A random u64 (wyrand: Wang Yi's generator, as in Go's `cheaprand64`).
pub fn next_u64() -> u64 {
    STATE.with(|s| {
        let mut x = s.get();
        if x == 0 {
            x = seed();
        }
        x = x.wrapping_add(0xa076_1d64_78bd_642f);
        s.set(x);
        let t = (x as u128).wrapping_mul((x ^ 0xe703_7ed1_a0b4_28db) as u128);
        ((t >> 64) as u64) ^ (t as u64)
    })
}

/// A random number in `0..n` (`n > 0`), by Lemire's multiply-shift (the
/// slight bias for huge `n` does not matter for scheduling).
pub fn below(n: usize) -> usize {
    debug_assert!(n > 0);
    (((next_u64() >> 32) * n as u64) >> 32) as usize
}
