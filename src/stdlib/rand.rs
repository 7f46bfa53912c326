//! Package `math/rand`: `decls/rand.go` is Go's own math/rand (so seeded
//! sources give Go's exact sequences); the one native is the runtime's
//! random `uint64` behind the top-level functions: wyrand over a global
//! atomic state, seeded randomly at first use, as Go's `runtime.rand` is.

use super::vals::{R, int};
use crate::vm::native::{NativeCtx, NativeFn};
use crate::vm::value::Value;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

fn state() -> &'static AtomicU64 {
    static STATE: OnceLock<AtomicU64> = OnceLock::new();
    STATE.get_or_init(|| {
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64);
        let local = 0u8;
        AtomicU64::new(t ^ (std::process::id() as u64) << 32 ^ (&local as *const u8 as u64))
    })
}

/// wyrand: one 64-bit step of a Weyl sequence, mixed.
pub fn runtime_rand() -> u64 {
    let s = state()
        .fetch_add(0xa0761d6478bd642f, Ordering::Relaxed)
        .wrapping_add(0xa0761d6478bd642f);
    let m = (s as u128).wrapping_mul((s ^ 0xe7037ed1a0b428db) as u128);
    (m as u64) ^ ((m >> 64) as u64)
}

fn runtime_rand_n(_: &mut NativeCtx, _: &[Value]) -> R {
    int(runtime_rand() as i64)
}

pub fn natives() -> Vec<(&'static str, NativeFn)> {
    vec![("math/rand.runtime_rand", runtime_rand_n as NativeFn)]
}
