//! Package `math/bits` (natives): every function on Rust's integer
//! intrinsics. `uint` is 64 bits, as `bits.UintSize` says. Values arrive
//! as the i64 bit pattern of their unsigned type.

use super::vals::{R, int, many};
use crate::vm::native::{NativeCtx, NativeFn};
use crate::vm::panic::Panic;
use crate::vm::value::Value;

fn u(v: &Value) -> u64 {
    v.int() as u64
}

fn uint(x: u64) -> Value {
    Value::Int(x as i64)
}

/// The per-width functions: `$t` is the Rust type of the Go width.
macro_rules! width {
    ($t:ty, $lz:ident, $tz:ident, $ones:ident, $rot:ident, $rev:ident, $len:ident) => {
        fn $lz(_: &mut NativeCtx, a: &[Value]) -> R {
            int((u(&a[0]) as $t).leading_zeros() as i64)
        }
        fn $tz(_: &mut NativeCtx, a: &[Value]) -> R {
            int((u(&a[0]) as $t).trailing_zeros() as i64)
        }
        fn $ones(_: &mut NativeCtx, a: &[Value]) -> R {
            int((u(&a[0]) as $t).count_ones() as i64)
        }
        /// Go: a negative k rotates right.
        fn $rot(_: &mut NativeCtx, a: &[Value]) -> R {
            let x = u(&a[0]) as $t;
            let k = a[1].int().rem_euclid(<$t>::BITS as i64) as u32;
            int(x.rotate_left(k) as i64)
        }
        fn $rev(_: &mut NativeCtx, a: &[Value]) -> R {
            Ok(crate::vm::native::NativeOut::One(uint(
                (u(&a[0]) as $t).reverse_bits() as u64,
            )))
        }
        fn $len(_: &mut NativeCtx, a: &[Value]) -> R {
            int((<$t>::BITS - (u(&a[0]) as $t).leading_zeros()) as i64)
        }
    };
}

width!(u8, lz8, tz8, ones8, rot8, rev8, len8);
width!(u16, lz16, tz16, ones16, rot16, rev16, len16);
width!(u32, lz32, tz32, ones32, rot32, rev32, len32);
width!(u64, lz64, tz64, ones64, rot64, rev64, len64);

fn revbytes16(_: &mut NativeCtx, a: &[Value]) -> R {
    int((u(&a[0]) as u16).swap_bytes() as i64)
}
fn revbytes32(_: &mut NativeCtx, a: &[Value]) -> R {
    int((u(&a[0]) as u32).swap_bytes() as i64)
}
fn revbytes64(_: &mut NativeCtx, a: &[Value]) -> R {
    Ok(crate::vm::native::NativeOut::One(uint(
        u(&a[0]).swap_bytes(),
    )))
}

/// Add/Sub/Mul/Div/Rem at one width (`$bits`), in u128 arithmetic.
macro_rules! arith {
    ($bits:expr, $add:ident, $sub:ident, $mul:ident, $div:ident, $rem:ident) => {
        fn $add(_: &mut NativeCtx, a: &[Value]) -> R {
            let m: u128 = (1u128 << $bits) - 1;
            let s = (u(&a[0]) as u128 & m) + (u(&a[1]) as u128 & m) + (u(&a[2]) as u128 & m);
            many(vec![uint((s & m) as u64), uint((s >> $bits) as u64)])
        }
        fn $sub(_: &mut NativeCtx, a: &[Value]) -> R {
            let m: u128 = (1u128 << $bits) - 1;
            let (x, y, b) = (
                u(&a[0]) as u128 & m,
                u(&a[1]) as u128 & m,
                u(&a[2]) as u128 & m,
            );
            let d = x.wrapping_sub(y).wrapping_sub(b);
            many(vec![uint((d & m) as u64), uint((x < y + b) as u64)])
        }
        fn $mul(_: &mut NativeCtx, a: &[Value]) -> R {
            let m: u128 = (1u128 << $bits) - 1;
            let p = (u(&a[0]) as u128 & m) * (u(&a[1]) as u128 & m);
            many(vec![uint((p >> $bits) as u64), uint((p & m) as u64)])
        }
        /// Go: panics on y == 0 (divide) and y <= hi (overflow).
        fn $div(ctx: &mut NativeCtx, a: &[Value]) -> R {
            let m: u128 = (1u128 << $bits) - 1;
            let (hi, lo, y) = (
                u(&a[0]) as u128 & m,
                u(&a[1]) as u128 & m,
                u(&a[2]) as u128 & m,
            );
            if y == 0 {
                return Err(ctx.prog().divide_error());
            }
            if y <= hi {
                return Err(overflow(ctx));
            }
            let n = (hi << $bits) | lo;
            many(vec![uint((n / y) as u64), uint((n % y) as u64)])
        }
        /// Go: panics on y == 0 only.
        fn $rem(ctx: &mut NativeCtx, a: &[Value]) -> R {
            let m: u128 = (1u128 << $bits) - 1;
            let (hi, lo, y) = (
                u(&a[0]) as u128 & m,
                u(&a[1]) as u128 & m,
                u(&a[2]) as u128 & m,
            );
            if y == 0 {
                return Err(ctx.prog().divide_error());
            }
            let n = (hi << $bits) | lo;
            Ok(crate::vm::native::NativeOut::One(uint((n % y) as u64)))
        }
    };
}

fn overflow(ctx: &NativeCtx) -> Panic {
    ctx.prog().runtime_error("integer overflow")
}

arith!(32, add32, sub32, mul32, div32, rem32);
arith!(64, add64, sub64, mul64, div64, rem64);

pub fn natives() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("math/bits.LeadingZeros", lz64 as NativeFn),
        ("math/bits.LeadingZeros8", lz8),
        ("math/bits.LeadingZeros16", lz16),
        ("math/bits.LeadingZeros32", lz32),
        ("math/bits.LeadingZeros64", lz64),
        ("math/bits.TrailingZeros", tz64),
        ("math/bits.TrailingZeros8", tz8),
        ("math/bits.TrailingZeros16", tz16),
        ("math/bits.TrailingZeros32", tz32),
        ("math/bits.TrailingZeros64", tz64),
        ("math/bits.OnesCount", ones64),
        ("math/bits.OnesCount8", ones8),
        ("math/bits.OnesCount16", ones16),
        ("math/bits.OnesCount32", ones32),
        ("math/bits.OnesCount64", ones64),
        ("math/bits.RotateLeft", rot64),
        ("math/bits.RotateLeft8", rot8),
        ("math/bits.RotateLeft16", rot16),
        ("math/bits.RotateLeft32", rot32),
        ("math/bits.RotateLeft64", rot64),
        ("math/bits.Reverse", rev64),
        ("math/bits.Reverse8", rev8),
        ("math/bits.Reverse16", rev16),
        ("math/bits.Reverse32", rev32),
        ("math/bits.Reverse64", rev64),
        ("math/bits.ReverseBytes", revbytes64),
        ("math/bits.ReverseBytes16", revbytes16),
        ("math/bits.ReverseBytes32", revbytes32),
        ("math/bits.ReverseBytes64", revbytes64),
        ("math/bits.Len", len64),
        ("math/bits.Len8", len8),
        ("math/bits.Len16", len16),
        ("math/bits.Len32", len32),
        ("math/bits.Len64", len64),
        ("math/bits.Add", add64),
        ("math/bits.Add32", add32),
        ("math/bits.Add64", add64),
        ("math/bits.Sub", sub64),
        ("math/bits.Sub32", sub32),
        ("math/bits.Sub64", sub64),
        ("math/bits.Mul", mul64),
        ("math/bits.Mul32", mul32),
        ("math/bits.Mul64", mul64),
        ("math/bits.Div", div64),
        ("math/bits.Div32", div32),
        ("math/bits.Div64", div64),
        ("math/bits.Rem", rem64),
        ("math/bits.Rem32", rem32),
        ("math/bits.Rem64", rem64),
    ]
}
