//! Package `math`: the floating-point functions (the constants are Go
//! constants in `decls/math.go`). Special cases (NaN, ±Inf, ±0) follow
//! Go's documentation; `Pow`, `Frexp`, `Ldexp` and `Modf` are ports of
//! Go's own code so results match bit for bit (Go computes `Pow` with an
//! integer-power loop, not as a correctly rounded `pow`). The rest use the
//! platform's libm, which agrees with Go except possibly in the last bit of
//! transcendental functions.

use super::vals::{R, boolean, float, int, many};
use crate::vm::native::{NativeCtx, NativeFn};
use crate::vm::value::Value;

const MASK: u64 = 0x7FF;
const SHIFT: u32 = 64 - 11 - 1;
const BIAS: i64 = 1023;
const SMALLEST_NORMAL: f64 = 2.2250738585072014e-308; // 2**-1022

/// Go's `math.NaN()`: the quiet NaN with payload 1.
pub fn nan() -> f64 {
    f64::from_bits(0x7FF8000000000001)
}

/// Go's `Frexp`: `f == frac × 2**exp` with `0.5 <= |frac| < 1`.
/// `Frexp(±0) = ±0, 0`; `Frexp(±Inf) = ±Inf, 0`; `Frexp(NaN) = NaN, 0`.
pub fn frexp(f: f64) -> (f64, i64) {
    if f == 0.0 || f.is_infinite() || f.is_nan() {
        return (f, 0);
    }
    let (mut f, mut exp) = (f, 0i64);
    if f.abs() < SMALLEST_NORMAL {
        f *= (1u64 << 52) as f64;
        exp = -52;
    }
    let mut x = f.to_bits();
    exp += ((x >> SHIFT) & MASK) as i64 - BIAS + 1;
    x &= !(MASK << SHIFT);
    x |= ((-1 + BIAS) as u64) << SHIFT;
    (f64::from_bits(x), exp)
}

/// Go's `Ldexp`: `frac × 2**exp`, with Go's handling of denormals.
pub fn ldexp(frac: f64, exp: i64) -> f64 {
    if frac == 0.0 || frac.is_infinite() || frac.is_nan() {
        return frac;
    }
    let (frac, e) = normalize(frac);
    let mut exp = exp + e;
    let mut x = frac.to_bits();
    exp += ((x >> SHIFT) & MASK) as i64 - BIAS;
    if exp < -1075 {
        return 0f64.copysign(frac); // underflow
    }
    if exp > 1023 {
        return if frac < 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
    }
    let mut m = 1.0;
    if exp < -1022 {
        // denormal
        exp += 53;
        m = 1.0 / (1u64 << 53) as f64;
    }
    x &= !(MASK << SHIFT);
    x |= ((exp + BIAS) as u64) << SHIFT;
    m * f64::from_bits(x)
}

fn normalize(x: f64) -> (f64, i64) {
    if x.abs() < SMALLEST_NORMAL {
        return (x * (1u64 << 52) as f64, -52);
    }
    (x, 0)
}

/// Go's `Modf`: integer and fractional parts, both with `f`'s sign.
pub fn modf(f: f64) -> (f64, f64) {
    if f < 1.0 {
        if f < 0.0 {
            let (i, fr) = modf(-f);
            return (-i, -fr);
        }
        if f == 0.0 {
            return (f, f);
        }
        return (0.0, f);
    }
    let mut x = f.to_bits();
    let e = ((x >> SHIFT) & MASK) as i64 - BIAS;
    // keep the top 12+e bits, the integer part; clear the rest
    if e < 52 {
        x &= !((1u64 << (52 - e)) - 1);
    }
    let int = f64::from_bits(x);
    (int, f - int)
}

fn is_odd_int(x: f64) -> bool {
    if x.abs() >= (1u64 << 53) as f64 {
        return false;
    }
    let (xi, xf) = modf(x);
    xf == 0.0 && (xi as i64) & 1 == 1
}

/// Go's `math.Pow`, ported: an integer-power loop by repeated squaring on
/// the mantissa, `Exp(yf*Log(x))` for the fractional part.
pub fn pow(x: f64, y: f64) -> f64 {
    if y == 0.0 || x == 1.0 {
        return 1.0;
    }
    if y == 1.0 {
        return x;
    }
    if x.is_nan() || y.is_nan() {
        return nan();
    }
    if x == 0.0 {
        if y < 0.0 {
            if x.is_sign_negative() && is_odd_int(y) {
                return f64::NEG_INFINITY;
            }
            return f64::INFINITY;
        }
        if y > 0.0 {
            if x.is_sign_negative() && is_odd_int(y) {
                return x;
            }
            return 0.0;
        }
    }
    if y.is_infinite() {
        if x == -1.0 {
            return 1.0;
        }
        if (x.abs() < 1.0) == (y > 0.0) {
            return 0.0;
        }
        return f64::INFINITY;
    }
    if x.is_infinite() {
        if x < 0.0 {
            return pow(1.0 / x, -y); // Pow(-0, -y)
        }
        if y < 0.0 {
            return 0.0;
        }
        return f64::INFINITY;
    }
    if y == 0.5 {
        return x.sqrt();
    }
    if y == -0.5 {
        return 1.0 / x.sqrt();
    }
    let (mut yi, mut yf) = modf(y.abs());
    if yf != 0.0 && x < 0.0 {
        return nan();
    }
    if yi >= 9.223372036854776e18 {
        // a large even integer: overflow or underflow for every x but -1
        if x == -1.0 {
            return 1.0;
        }
        if (x.abs() < 1.0) == (y > 0.0) {
            return 0.0;
        }
        return f64::INFINITY;
    }
    let mut a1 = 1.0;
    let mut ae: i64 = 0;
    if yf != 0.0 {
        if yf > 0.5 {
            yf -= 1.0;
            yi += 1.0;
        }
        a1 = (yf * x.ln()).exp();
    }
    let (mut x1, mut xe) = frexp(x);
    let mut i = yi as i64;
    while i != 0 {
        if !(-(1 << 12)..=(1 << 12)).contains(&xe) {
            // catastrophic overflow: let Ldexp handle it
            ae += xe;
            break;
        }
        if i & 1 == 1 {
            a1 *= x1;
            ae += xe;
        }
        x1 *= x1;
        xe <<= 1;
        if x1 < 0.5 {
            x1 += x1;
            xe -= 1;
        }
        i >>= 1;
    }
    if y < 0.0 {
        a1 = 1.0 / a1;
        ae = -ae;
    }
    ldexp(a1, ae)
}

/// Go's `Max`: `Max(x, +Inf) = +Inf`, `Max(x, NaN) = NaN`, `Max(+0, -0) = +0`.
pub fn max(x: f64, y: f64) -> f64 {
    if x == f64::INFINITY || y == f64::INFINITY {
        return f64::INFINITY;
    }
    if x.is_nan() || y.is_nan() {
        return nan();
    }
    if x == 0.0 && x == y {
        return if x.is_sign_negative() { y } else { x };
    }
    if x > y { x } else { y }
}

/// Go's `Min`: `Min(x, -Inf) = -Inf`, `Min(x, NaN) = NaN`, `Min(-0, +0) = -0`.
pub fn min(x: f64, y: f64) -> f64 {
    if x == f64::NEG_INFINITY || y == f64::NEG_INFINITY {
        return f64::NEG_INFINITY;
    }
    if x.is_nan() || y.is_nan() {
        return nan();
    }
    if x == 0.0 && x == y {
        return if x.is_sign_negative() { x } else { y };
    }
    if x < y { x } else { y }
}

/// Go's `Mod`: the remainder of x/y with x's sign (`fmod`).
/// `Mod(±Inf, y) = NaN`, `Mod(x, 0) = NaN`, `Mod(x, ±Inf) = x`.
pub fn fmod(x: f64, y: f64) -> f64 {
    if y == 0.0 || x.is_infinite() || x.is_nan() || y.is_nan() {
        return nan();
    }
    x % y
}

/// Go's `Remainder`, ported: the IEEE 754 remainder (quotient rounded to even).
pub fn remainder(x: f64, y: f64) -> f64 {
    const TINY: f64 = 4.450_147_717_014_403e-308; // 0x0020000000000000
    const HALF_MAX: f64 = f64::MAX / 2.0;
    if x.is_nan() || y.is_nan() || x.is_infinite() || y == 0.0 {
        return nan();
    }
    if y.is_infinite() {
        return x;
    }
    let sign = x < 0.0;
    let (mut x, y) = (x.abs(), y.abs());
    if x == y {
        return if sign { -0.0 } else { 0.0 };
    }
    if y <= HALF_MAX {
        x %= y + y; // now x < 2y
    }
    if y < TINY {
        if x + x > y {
            x -= y;
            if x + x >= y {
                x -= y;
            }
        }
    } else {
        let y_half = 0.5 * y;
        if x > y_half {
            x -= y;
            if x >= y_half {
                x -= y;
            }
        }
    }
    if sign { -x } else { x }
}

/// Go's `Gamma` via libm's `tgamma` semantics: `Gamma(0) = ±Inf` by sign,
/// negative integers NaN.
fn gamma(x: f64) -> f64 {
    if x == x.floor() && x < 0.0 || x == f64::NEG_INFINITY {
        return nan();
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
    }
    lanczos_gamma(x)
}

/// Lanczos approximation (g = 7, n = 9), exact to a few ulps; Go uses a
/// Stirling/rational scheme, so the last digits may differ.
fn lanczos_gamma(x: f64) -> f64 {
    const G: [f64; 9] = [
        0.999_999_999_999_809_9,
        676.520_368_121_885_1,
        -1_259.139_216_722_402_8,
        771.323_428_777_653_1,
        -176.615_029_162_140_6,
        12.507_343_278_686_905,
        -0.138_571_095_265_720_12,
        9.984_369_578_019_572e-6,
        1.505_632_735_149_311_6e-7,
    ];
    if x < 0.5 {
        return std::f64::consts::PI / ((std::f64::consts::PI * x).sin() * lanczos_gamma(1.0 - x));
    }
    if x == x.floor() && x <= 171.0 {
        let mut f = 1.0;
        let mut i = 2.0;
        while i < x {
            f *= i;
            i += 1.0;
        }
        return f;
    }
    let x = x - 1.0;
    let mut a = G[0];
    let t = x + 7.5;
    for (i, g) in G.iter().enumerate().skip(1) {
        a += g / (x + i as f64);
    }
    (2.0 * std::f64::consts::PI).sqrt() * t.powf(x + 0.5) * (-t).exp() * a
}

/// Go's `Nextafter`.
fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return nan();
    }
    if x == y {
        return x;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let b = x.to_bits();
    f64::from_bits(if (y > x) == (x > 0.0) { b + 1 } else { b - 1 })
}

fn f1(a: &[Value], f: fn(f64) -> f64) -> R {
    float(f(a[0].float()))
}
fn f2(a: &[Value], f: fn(f64, f64) -> f64) -> R {
    float(f(a[0].float(), a[1].float()))
}

macro_rules! unary {
    ($($name:ident => $f:expr;)*) => {
        $(fn $name(_: &mut NativeCtx, a: &[Value]) -> R { f1(a, $f) })*
    };
}
macro_rules! binary {
    ($($name:ident => $f:expr;)*) => {
        $(fn $name(_: &mut NativeCtx, a: &[Value]) -> R { f2(a, $f) })*
    };
}

unary! {
    abs => f64::abs;
    acos => f64::acos;
    acosh => f64::acosh;
    asin => f64::asin;
    asinh => f64::asinh;
    atan => f64::atan;
    atanh => f64::atanh;
    cbrt => f64::cbrt;
    ceil => f64::ceil;
    cos => f64::cos;
    cosh => f64::cosh;
    exp => f64::exp;
    exp2 => f64::exp2;
    expm1 => f64::exp_m1;
    floor => f64::floor;
    gamma_n => gamma;
    log => f64::ln;
    log10 => f64::log10;
    log1p => f64::ln_1p;
    log2 => f64::log2;
    round => f64::round;
    round_to_even => f64::round_ties_even;
    sin => f64::sin;
    sinh => f64::sinh;
    sqrt => f64::sqrt;
    tan => f64::tan;
    tanh => f64::tanh;
    trunc => f64::trunc;
}

binary! {
    atan2 => f64::atan2;
    copysign => f64::copysign;
    dim => |x, y| { let v = x - y; if v <= 0.0 { 0.0 } else { v } };
    hypot => f64::hypot;
    max_n => max;
    min_n => min;
    mod_n => fmod;
    nextafter_n => nextafter;
    pow_n => pow;
    remainder_n => remainder;
}

/// `FMA(x, y, z)`: x*y+z with one rounding.
fn fma(_: &mut NativeCtx, a: &[Value]) -> R {
    float(a[0].float().mul_add(a[1].float(), a[2].float()))
}
fn float32bits(_: &mut NativeCtx, a: &[Value]) -> R {
    int((a[0].float() as f32).to_bits() as i64)
}
fn float32frombits(_: &mut NativeCtx, a: &[Value]) -> R {
    float(f32::from_bits(a[0].int() as u32) as f64)
}
fn float64bits(_: &mut NativeCtx, a: &[Value]) -> R {
    int(a[0].float().to_bits() as i64)
}
fn float64frombits(_: &mut NativeCtx, a: &[Value]) -> R {
    float(f64::from_bits(a[0].int() as u64))
}
fn frexp_n(_: &mut NativeCtx, a: &[Value]) -> R {
    let (f, e) = frexp(a[0].float());
    many(vec![Value::Float(f), Value::Int(e)])
}
/// `Inf(sign)`: +Inf if sign >= 0, else -Inf.
fn inf(_: &mut NativeCtx, a: &[Value]) -> R {
    float(if a[0].int() >= 0 {
        f64::INFINITY
    } else {
        f64::NEG_INFINITY
    })
}
/// `IsInf(f, sign)`: sign > 0 tests +Inf, sign < 0 -Inf, 0 either.
fn is_inf(_: &mut NativeCtx, a: &[Value]) -> R {
    let (f, sign) = (a[0].float(), a[1].int());
    boolean(sign >= 0 && f == f64::INFINITY || sign <= 0 && f == f64::NEG_INFINITY)
}
fn is_nan(_: &mut NativeCtx, a: &[Value]) -> R {
    boolean(a[0].float().is_nan())
}
fn ldexp_n(_: &mut NativeCtx, a: &[Value]) -> R {
    float(ldexp(a[0].float(), a[1].int()))
}
fn modf_n(_: &mut NativeCtx, a: &[Value]) -> R {
    let (i, f) = modf(a[0].float());
    many(vec![Value::Float(i), Value::Float(f)])
}
fn nan_n(_: &mut NativeCtx, _: &[Value]) -> R {
    float(nan())
}
/// `Pow10(n)`: 10**n; 0 for n < -323, +Inf for n > 308.
fn pow10(_: &mut NativeCtx, a: &[Value]) -> R {
    let n = a[0].int();
    float(match n {
        0..=308 => format!("1e{n}").parse().unwrap_or(f64::INFINITY), // "1eN" always parses
        -323..=-1 => format!("1e{n}").parse().unwrap_or(0.0),
        _ if n < 0 => 0.0,
        _ => f64::INFINITY,
    })
}
fn signbit(_: &mut NativeCtx, a: &[Value]) -> R {
    boolean(a[0].float().is_sign_negative())
}
fn sincos(_: &mut NativeCtx, a: &[Value]) -> R {
    let x = a[0].float();
    many(vec![Value::Float(x.sin()), Value::Float(x.cos())])
}

pub fn natives() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("math.Abs", abs as NativeFn),
        ("math.Acos", acos),
        ("math.Acosh", acosh),
        ("math.Asin", asin),
        ("math.Asinh", asinh),
        ("math.Atan", atan),
        ("math.Atan2", atan2),
        ("math.Atanh", atanh),
        ("math.Cbrt", cbrt),
        ("math.Ceil", ceil),
        ("math.Copysign", copysign),
        ("math.Cos", cos),
        ("math.Cosh", cosh),
        ("math.Dim", dim),
        ("math.Exp", exp),
        ("math.Exp2", exp2),
        ("math.Expm1", expm1),
        ("math.FMA", fma),
        ("math.Float32bits", float32bits),
        ("math.Float32frombits", float32frombits),
        ("math.Float64bits", float64bits),
        ("math.Float64frombits", float64frombits),
        ("math.Floor", floor),
        ("math.Frexp", frexp_n),
        ("math.Gamma", gamma_n),
        ("math.Hypot", hypot),
        ("math.Inf", inf),
        ("math.IsInf", is_inf),
        ("math.IsNaN", is_nan),
        ("math.Ldexp", ldexp_n),
        ("math.Log", log),
        ("math.Log10", log10),
        ("math.Log1p", log1p),
        ("math.Log2", log2),
        ("math.Max", max_n),
        ("math.Min", min_n),
        ("math.Mod", mod_n),
        ("math.Modf", modf_n),
        ("math.NaN", nan_n),
        ("math.Nextafter", nextafter_n),
        ("math.Pow", pow_n),
        ("math.Pow10", pow10),
        ("math.Remainder", remainder_n),
        ("math.Round", round),
        ("math.RoundToEven", round_to_even),
        ("math.Signbit", signbit),
        ("math.Sin", sin),
        ("math.Sincos", sincos),
        ("math.Sinh", sinh),
        ("math.Sqrt", sqrt),
        ("math.Tan", tan),
        ("math.Tanh", tanh),
        ("math.Trunc", trunc),
    ]
}
