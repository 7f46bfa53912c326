//! Package `math`: the floating-point functions (the constants are Go
//! constants in `decls/math.go`). Special cases (NaN, ±Inf, ±0) follow
//! Go's documentation; `Pow`, `Frexp`, `Ldexp` and `Modf` are ports of
//! Go's own code so results match bit for bit (Go computes `Pow` with an
//! integer-power loop, not as a correctly rounded `pow`). The rest use the
//! platform's libm, which agrees with Go except possibly in the last bit of
//! transcendental functions.

use super::gomath as gm;
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
        a1 = gm::exp(yf * gm::log(x));
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
    let (mut x, y) = (if sign { -x } else { x }, y.abs());
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

/// The one-argument functions: native name, Go name, implementation.
macro_rules! unary {
    ($($name:ident $go:literal => $f:expr;)*) => {
        $(fn $name(_: &mut NativeCtx, a: &[Value]) -> R { f1(a, $f) })*
        /// The implementation of `math.<name>` for a one-argument function.
        #[cfg(test)]
        fn unary_impl(name: &str) -> Option<fn(f64) -> f64> {
            match name { $($go => Some($f),)* _ => None }
        }
    };
}
macro_rules! binary {
    ($($name:ident $go:literal => $f:expr;)*) => {
        $(fn $name(_: &mut NativeCtx, a: &[Value]) -> R { f2(a, $f) })*
        #[cfg(test)]
        fn binary_impl(name: &str) -> Option<fn(f64, f64) -> f64> {
            match name { $($go => Some($f),)* _ => None }
        }
    };
}

unary! {
    abs "Abs" => f64::abs;
    acos "Acos" => gm::acos;
    acosh "Acosh" => gm::acosh;
    asin "Asin" => gm::asin;
    asinh "Asinh" => gm::asinh;
    atan "Atan" => gm::atan;
    atanh "Atanh" => gm::atanh;
    cbrt "Cbrt" => gm::cbrt;
    ceil "Ceil" => f64::ceil;
    cos "Cos" => gm::cos;
    cosh "Cosh" => gm::cosh;
    exp "Exp" => gm::exp;
    exp2 "Exp2" => gm::exp2;
    expm1 "Expm1" => gm::expm1;
    floor "Floor" => f64::floor;
    gamma_n "Gamma" => gm::gamma;
    log "Log" => gm::log;
    log10 "Log10" => gm::log10;
    log1p "Log1p" => gm::log1p;
    log2 "Log2" => gm::log2;
    round "Round" => f64::round;
    round_to_even "RoundToEven" => f64::round_ties_even;
    sin "Sin" => gm::sin;
    sinh "Sinh" => gm::sinh;
    sqrt "Sqrt" => f64::sqrt;
    tan "Tan" => gm::tan;
    tanh "Tanh" => gm::tanh;
    trunc "Trunc" => f64::trunc;
}

binary! {
    atan2 "Atan2" => gm::atan2;
    copysign "Copysign" => f64::copysign;
    dim "Dim" => |x, y| { let v = x - y; if v <= 0.0 { 0.0 } else { v } };
    hypot "Hypot" => gm::hypot;
    max_n "Max" => max;
    min_n "Min" => min;
    mod_n "Mod" => fmod;
    nextafter_n "Nextafter" => nextafter;
    pow_n "Pow" => pow;
    remainder_n "Remainder" => remainder;
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
    many(vec![Value::Float(gm::sin(x)), Value::Float(gm::cos(x))])
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stdlib::math_tests_tables::MATH_CASES;

    /// Every function against Go on the generated inputs; functions listed
    /// in `APPROX` may differ from Go in the last bits (libm, not Go's code).
    #[test]
    fn math_matches_go() {
        let mut bad = std::collections::BTreeMap::<&str, Vec<String>>::new();
        for &(name, x, y, want) in MATH_CASES {
            let (x, y, want) = (f64::from_bits(x), f64::from_bits(y), f64::from_bits(want));
            let got = match (unary_impl(name), binary_impl(name)) {
                (Some(f), _) => f(x),
                (_, Some(f)) => f(x, y),
                _ => panic!("no implementation of math.{name}"),
            };
            let same = got.to_bits() == want.to_bits() || got.is_nan() && want.is_nan();
            if !same {
                bad.entry(name)
                    .or_default()
                    .push(format!("{name}({x:e}, {y:e}) = {got:e}, Go {want:e}"));
            }
        }
        let report: Vec<String> = bad
            .iter()
            .map(|(k, v)| format!("{k}: {} e.g. {}", v.len(), v[0]))
            .collect();
        assert!(report.is_empty(), "{}", report.join("\n"));
    }
}
