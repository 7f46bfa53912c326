//! Exact constant arithmetic (Go's untyped constants): parsing of literals,
//! unary and binary operations, comparisons, shifts, conversion between
//! kinds, representability in a basic type, and Go's printing of values
//! in diagnostics (`go/constant`'s `String`).

use super::info::ConstValue;
use super::ty::BasicKind;
use crate::syntax::ast::{BinaryOp, LitKind, UnaryOp};
use num_bigint::{BigInt, Sign};
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// Why a constant does not fit a type.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Unrepresentable {
    /// An integer constant out of range (`(overflows)`).
    Overflows,
    /// A non-integral value for an integer type (`(truncated)`).
    Truncated,
    /// A value of the wrong kind (a string for an int, ...).
    Mismatch,
}

// ---------------------------------------------------------------------------
// Literals

/// A basic literal's value, or `None` if it is malformed (the lexer should
/// not let such literals through).
pub fn parse_literal(kind: LitKind, raw: &str) -> Option<ConstValue> {
    match kind {
        LitKind::Int => parse_int(raw).map(ConstValue::Int),
        LitKind::Float => parse_float(raw).map(ConstValue::Float),
        LitKind::Imag => None,
        LitKind::Rune => {
            let inner = raw.strip_prefix('\'')?.strip_suffix('\'')?;
            let mut out = Vec::new();
            let mut chars = inner.chars().peekable();
            let mut value: Option<u32> = None;
            while chars.peek().is_some() {
                let c = unescape_one(&mut chars, &mut out, '\'')?;
                if value.is_some() {
                    return None;
                }
                value = Some(c);
            }
            value.map(|v| ConstValue::Int(BigInt::from(v)))
        }
        LitKind::String => parse_string(raw).map(ConstValue::Str),
    }
}

fn strip_underscores(s: &str) -> String {
    s.chars().filter(|&c| c != '_').collect()
}

/// An integer literal: decimal, `0x`, `0o`, `0b`, or a legacy `0` octal.
pub fn parse_int(raw: &str) -> Option<BigInt> {
    let s = strip_underscores(raw);
    let lower = s.to_ascii_lowercase();
    let (digits, radix) = if let Some(r) = lower.strip_prefix("0x") {
        (r.to_string(), 16)
    } else if let Some(r) = lower.strip_prefix("0o") {
        (r.to_string(), 8)
    } else if let Some(r) = lower.strip_prefix("0b") {
        (r.to_string(), 2)
    } else if lower.len() > 1 && lower.starts_with('0') {
        (lower[1..].to_string(), 8)
    } else {
        (lower, 10)
    };
    if digits.is_empty() {
        return None;
    }
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

/// A floating-point literal, decimal (`1.5e3`) or hexadecimal (`0x1p-2`), exactly.
pub fn parse_float(raw: &str) -> Option<BigRational> {
    let s = strip_underscores(raw).to_ascii_lowercase();
    if let Some(hex) = s.strip_prefix("0x") {
        let (mant, exp) = match hex.find('p') {
            Some(i) => (&hex[..i], hex[i + 1..].parse::<i64>().ok()?),
            None => (hex, 0),
        };
        let (int_part, frac_part) = match mant.find('.') {
            Some(i) => (&mant[..i], &mant[i + 1..]),
            None => (mant, ""),
        };
        let digits = format!("{int_part}{frac_part}");
        let m = if digits.is_empty() {
            BigInt::zero()
        } else {
            BigInt::parse_bytes(digits.as_bytes(), 16)?
        };
        let e = exp - 4 * frac_part.len() as i64;
        return Some(scale2(BigRational::from_integer(m), e));
    }
    let (mant, exp) = match s.find('e') {
        Some(i) => (&s[..i], s[i + 1..].parse::<i64>().ok()?),
        None => (s.as_str(), 0),
    };
    let (int_part, frac_part) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    let digits = format!("{int_part}{frac_part}");
    let m = if digits.is_empty() {
        BigInt::zero()
    } else {
        BigInt::parse_bytes(digits.as_bytes(), 10)?
    };
    let e = exp - frac_part.len() as i64;
    if e.abs() > 100_000 {
        return None;
    }
    let ten = BigInt::from(10);
    let r = if e >= 0 {
        BigRational::from_integer(m * num_traits::pow(ten, e as usize))
    } else {
        BigRational::new(m, num_traits::pow(ten, (-e) as usize))
    };
    Some(r)
}

fn scale2(r: BigRational, e: i64) -> BigRational {
    if e >= 0 {
        r * BigRational::from_integer(BigInt::one() << (e as usize))
    } else {
        r / BigRational::from_integer(BigInt::one() << ((-e) as usize))
    }
}

/// An interpreted or raw string literal, as bytes.
pub fn parse_string(raw: &str) -> Option<Vec<u8>> {
    if let Some(inner) = raw.strip_prefix('`') {
        let inner = inner.strip_suffix('`')?;
        return Some(inner.bytes().filter(|&b| b != b'\r').collect());
    }
    let inner = raw.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = Vec::new();
    let mut chars = inner.chars().peekable();
    while chars.peek().is_some() {
        unescape_one(&mut chars, &mut out, '"')?;
    }
    Some(out)
}

/// Decode one character or escape of a literal into `out` (UTF-8, or a raw
/// byte for `\x` and octal escapes); returns its value as a rune/byte.
fn unescape_one(
    chars: &mut std::iter::Peekable<std::str::Chars>,
    out: &mut Vec<u8>,
    quote: char,
) -> Option<u32> {
    let c = chars.next()?;
    if c != '\\' {
        let mut buf = [0u8; 4];
        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        return Some(c as u32);
    }
    let e = chars.next()?;
    let simple = match e {
        'a' => Some(7u32),
        'b' => Some(8),
        'f' => Some(12),
        'n' => Some(10),
        'r' => Some(13),
        't' => Some(9),
        'v' => Some(11),
        '\\' => Some(92),
        '\'' if quote == '\'' => Some(39),
        '"' if quote == '"' => Some(34),
        _ => None,
    };
    if let Some(v) = simple {
        out.push(v as u8);
        return Some(v);
    }
    let take =
        |chars: &mut std::iter::Peekable<std::str::Chars>, n: usize, radix: u32| -> Option<u32> {
            let mut v = 0u32;
            for _ in 0..n {
                let d = chars.next()?.to_digit(radix)?;
                v = v.checked_mul(radix)?.checked_add(d)?;
            }
            Some(v)
        };
    match e {
        'x' => {
            let v = take(chars, 2, 16)?;
            out.push(v as u8);
            Some(v)
        }
        '0'..='7' => {
            let rest = take(chars, 2, 8)?;
            let v = (e as u32 - '0' as u32) * 64 + rest;
            if v > 255 {
                return None;
            }
            out.push(v as u8);
            Some(v)
        }
        'u' | 'U' => {
            let v = take(chars, if e == 'u' { 4 } else { 8 }, 16)?;
            let c = char::from_u32(v)?;
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            Some(v)
        }
        _ => None,
    }
}

// ---------------------------------------------------------------------------
// Kinds and conversions between them

/// A constant as a rational number (ints and floats), if numeric.
pub fn to_rat(v: &ConstValue) -> Option<BigRational> {
    match v {
        ConstValue::Int(i) => Some(BigRational::from_integer(i.clone())),
        ConstValue::Float(f) => Some(f.clone()),
        _ => None,
    }
}

/// A numeric constant as an exact integer, if it has an integral value.
pub fn to_int(v: &ConstValue) -> Option<BigInt> {
    match v {
        ConstValue::Int(i) => Some(i.clone()),
        ConstValue::Float(f) if f.is_integer() => Some(f.to_integer()),
        _ => None,
    }
}

pub fn to_i64(v: &ConstValue) -> Option<i64> {
    to_int(v).and_then(|i| i.to_i64())
}

/// `value` converted to the representation used for constants of `kind`:
/// integers as `Int`, floats as `Float` (exact), else unchanged.
pub fn normalize_for(kind: BasicKind, v: ConstValue) -> ConstValue {
    if kind.is_integer() {
        if let Some(i) = to_int(&v) {
            return ConstValue::Int(i);
        }
    } else if kind.is_float() {
        if let Some(r) = to_rat(&v) {
            return ConstValue::Float(r);
        }
    }
    v
}

/// Whether `v` can be represented by a value of basic type `kind`, and if so
/// the value as that type holds it (floats rounded to float32/float64).
pub fn representable(v: &ConstValue, kind: BasicKind) -> Result<ConstValue, Unrepresentable> {
    use BasicKind::*;
    match kind {
        Bool | UntypedBool => match v {
            ConstValue::Bool(_) => Ok(v.clone()),
            _ => Err(Unrepresentable::Mismatch),
        },
        String | UntypedString => match v {
            ConstValue::Str(_) => Ok(v.clone()),
            _ => Err(Unrepresentable::Mismatch),
        },
        k if k.is_integer() => {
            let i = match v {
                ConstValue::Int(i) => i.clone(),
                ConstValue::Float(f) => {
                    if !f.is_integer() {
                        return Err(Unrepresentable::Truncated);
                    }
                    f.to_integer()
                }
                _ => return Err(Unrepresentable::Mismatch),
            };
            if k == UntypedInt || k == UntypedRune {
                return Ok(ConstValue::Int(i));
            }
            let (lo, hi) = int_range(k);
            if i < lo || i > hi {
                return Err(Unrepresentable::Overflows);
            }
            Ok(ConstValue::Int(i))
        }
        Float32 | Float64 | UntypedFloat => {
            let r = match to_rat(v) {
                Some(r) => r,
                None => return Err(Unrepresentable::Mismatch),
            };
            match kind {
                UntypedFloat => Ok(ConstValue::Float(r)),
                Float64 => {
                    let f = rat_to_f64(&r);
                    if f.is_infinite() {
                        return Err(Unrepresentable::Overflows);
                    }
                    Ok(ConstValue::Float(
                        BigRational::from_float(f).unwrap_or_else(BigRational::zero),
                    ))
                }
                _ => {
                    let f = rat_to_f64(&r) as f32;
                    if f.is_infinite() {
                        return Err(Unrepresentable::Overflows);
                    }
                    Ok(ConstValue::Float(
                        BigRational::from_float(f as f64).unwrap_or_else(BigRational::zero),
                    ))
                }
            }
        }
        Complex64 | Complex128 => match to_rat(v) {
            Some(r) => Ok(ConstValue::Float(r)),
            None => Err(Unrepresentable::Mismatch),
        },
        _ => Err(Unrepresentable::Mismatch),
    }
}

/// The smallest and largest value of a sized integer kind.
pub fn int_range(k: BasicKind) -> (BigInt, BigInt) {
    let bits = k.bits() as usize;
    if k.is_unsigned() {
        (BigInt::zero(), (BigInt::one() << bits) - 1)
    } else {
        (
            -(BigInt::one() << (bits - 1)),
            (BigInt::one() << (bits - 1)) - 1,
        )
    }
}

/// Round a rational to the nearest `f64` (ties to even), ±inf on overflow.
pub fn rat_to_f64(r: &BigRational) -> f64 {
    if r.is_zero() {
        return 0.0;
    }
    let neg = r.is_negative();
    let num = r.numer().abs();
    let den = r.denom().abs();
    // The exponent of the last mantissa bit: 2^52 <= num/den * 2^-e < 2^53,
    // but never below the smallest subnormal's.
    let quotient_at = |e: i64| -> (BigInt, BigInt) {
        let (n, d) = if e >= 0 {
            (num.clone(), den.clone() << (e as usize))
        } else {
            (num.clone() << ((-e) as usize), den.clone())
        };
        let q = &n / &d;
        let rem = n - &q * &d;
        (q, rem * 2 - d)
    };
    let mut e = (num.bits() as i64 - den.bits() as i64 - 53).max(-1074);
    let (mut q, mut cmp) = quotient_at(e);
    if q >= (BigInt::one() << 53usize) {
        e += 1;
        (q, cmp) = quotient_at(e);
    }
    let round_up = match cmp.sign() {
        Sign::Plus => true,
        Sign::Minus => false,
        Sign::NoSign => (&q % 2u32) == BigInt::one(),
    };
    if round_up {
        q += 1;
    }
    let m = q.to_f64().unwrap_or(f64::INFINITY);
    let v = if e > 1023 {
        f64::INFINITY
    } else if e < -900 {
        // m * 2^e is exact here; two steps keep the intermediate normal.
        m * 2f64.powi((e + 600) as i32) * 2f64.powi(-600)
    } else {
        m * 2f64.powi(e as i32)
    };
    if neg { -v } else { v }
}

// ---------------------------------------------------------------------------
// Operations

/// The result of `op x` on a constant, or `None` if undefined.
/// `unsigned_bits` is set for `^x` on a typed unsigned constant (then the
/// complement is taken within that many bits).
pub fn unary_op(op: UnaryOp, x: &ConstValue, unsigned_bits: Option<u32>) -> Option<ConstValue> {
    match (op, x) {
        (UnaryOp::Pos, ConstValue::Int(_) | ConstValue::Float(_)) => Some(x.clone()),
        (UnaryOp::Neg, ConstValue::Int(i)) => Some(ConstValue::Int(-i)),
        (UnaryOp::Neg, ConstValue::Float(f)) => Some(ConstValue::Float(-f)),
        (UnaryOp::Not, ConstValue::Bool(b)) => Some(ConstValue::Bool(!b)),
        (UnaryOp::Xor, ConstValue::Int(i)) => match unsigned_bits {
            Some(bits) => {
                let mask = (BigInt::one() << bits as usize) - 1;
                Some(ConstValue::Int(i ^ mask))
            }
            None => Some(ConstValue::Int(-i - 1)),
        },
        _ => None,
    }
}

/// Why a constant binary operation failed.
#[derive(Debug, PartialEq, Eq)]
pub enum OpError {
    DivByZero,
    Undefined,
}

/// `x op y` for two constants of the same kind (both numeric, both strings or
/// both booleans). `int_div` selects truncated integer division for `/`.
pub fn binary_op(
    op: BinaryOp,
    x: &ConstValue,
    y: &ConstValue,
    int_div: bool,
) -> Result<ConstValue, OpError> {
    use BinaryOp::*;
    match (x, y) {
        (ConstValue::Int(a), ConstValue::Int(b)) => {
            let r = match op {
                Add => a + b,
                Sub => a - b,
                Mul => a * b,
                Div => {
                    if b.is_zero() {
                        return Err(OpError::DivByZero);
                    }
                    if !int_div {
                        return Ok(ConstValue::Float(BigRational::new(a.clone(), b.clone())));
                    }
                    a / b
                }
                Rem => {
                    if b.is_zero() {
                        return Err(OpError::DivByZero);
                    }
                    a % b
                }
                And => a & b,
                Or => a | b,
                Xor => a ^ b,
                AndNot => a & !b,
                _ => return Err(OpError::Undefined),
            };
            Ok(ConstValue::Int(r))
        }
        (ConstValue::Str(a), ConstValue::Str(b)) if op == Add => {
            let mut s = a.clone();
            s.extend_from_slice(b);
            Ok(ConstValue::Str(s))
        }
        (ConstValue::Bool(a), ConstValue::Bool(b)) => match op {
            LAnd => Ok(ConstValue::Bool(*a && *b)),
            LOr => Ok(ConstValue::Bool(*a || *b)),
            _ => Err(OpError::Undefined),
        },
        _ => {
            let (a, b) = match (to_rat(x), to_rat(y)) {
                (Some(a), Some(b)) => (a, b),
                _ => return Err(OpError::Undefined),
            };
            let r = match op {
                Add => a + b,
                Sub => a - b,
                Mul => a * b,
                Div => {
                    if b.is_zero() {
                        return Err(OpError::DivByZero);
                    }
                    a / b
                }
                _ => return Err(OpError::Undefined),
            };
            Ok(ConstValue::Float(r))
        }
    }
}

/// `x op y` for a comparison operator.
pub fn compare(op: BinaryOp, x: &ConstValue, y: &ConstValue) -> Option<bool> {
    use std::cmp::Ordering;
    let ord: Ordering = match (x, y) {
        (ConstValue::Bool(a), ConstValue::Bool(b)) => {
            return match op {
                BinaryOp::Eq => Some(a == b),
                BinaryOp::Ne => Some(a != b),
                _ => None,
            };
        }
        (ConstValue::Str(a), ConstValue::Str(b)) => a.cmp(b),
        _ => to_rat(x)?.cmp(&to_rat(y)?),
    };
    Some(match op {
        BinaryOp::Eq => ord == Ordering::Equal,
        BinaryOp::Ne => ord != Ordering::Equal,
        BinaryOp::Lt => ord == Ordering::Less,
        BinaryOp::Le => ord != Ordering::Greater,
        BinaryOp::Gt => ord == Ordering::Greater,
        BinaryOp::Ge => ord != Ordering::Less,
        _ => return None,
    })
}

/// `x << s` or `x >> s` for an integer constant `x`.
pub fn shift(op: BinaryOp, x: &BigInt, s: u64) -> Option<BigInt> {
    if s > 10_000 {
        return None;
    }
    match op {
        BinaryOp::Shl => Some(x << (s as usize)),
        BinaryOp::Shr => Some(x >> (s as usize)),
        _ => None,
    }
}

/// Wrap an integer to the range of a sized kind (two's complement).
pub fn wrap_int(i: &BigInt, k: BasicKind) -> BigInt {
    let bits = k.bits() as usize;
    let modulus = BigInt::one() << bits;
    let mut v = i % &modulus;
    if v.is_negative() {
        v += &modulus;
    }
    if !k.is_unsigned() && v >= (BigInt::one() << (bits - 1)) {
        v -= modulus;
    }
    v
}

// ---------------------------------------------------------------------------
// Printing

/// The value as `go/constant` prints it in diagnostics.
pub fn value_string(v: &ConstValue) -> String {
    match v {
        ConstValue::Bool(b) => b.to_string(),
        ConstValue::Int(i) => i.to_string(),
        ConstValue::Float(f) => float_string(f),
        ConstValue::Str(s) => {
            let q = quote_bytes(s);
            // go/constant shortens long strings
            if q.chars().count() > 72 {
                let head: String = q.chars().take(69).collect();
                format!("{head}...")
            } else {
                q
            }
        }
    }
}

fn float_string(f: &BigRational) -> String {
    let x = rat_to_f64(f);
    if x.is_infinite() {
        return if x > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    let s = format_g(x, 6);
    if !f.is_integer() && !s.contains('.') && !s.contains('e') {
        return format_g(x, 17);
    }
    s
}

/// C's / Go's `%.{prec}g` formatting of an `f64`.
pub fn format_g(x: f64, prec: usize) -> String {
    if x == 0.0 {
        return "0".into();
    }
    let prec = prec.max(1);
    let e_form = format!("{:.*e}", prec - 1, x);
    let (mant, exp) = e_form.split_once('e').unwrap_or((&e_form, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if exp < -4 || exp >= prec as i32 {
        let mant = trim_zeros(mant);
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{mant}e{sign}{:02}", exp.abs())
    } else {
        let decimals = (prec as i32 - 1 - exp).max(0) as usize;
        trim_zeros(&format!("{:.*}", decimals, x))
    }
}

fn trim_zeros(s: &str) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s.to_string()
    }
}

/// Go's `strconv.Quote` of a byte string.
pub fn quote_bytes(s: &[u8]) -> String {
    let mut out = String::from("\"");
    let text = String::from_utf8_lossy(s);
    let valid = std::str::from_utf8(s).is_ok();
    if !valid {
        for &b in s {
            match b {
                b'"' => out.push_str("\\\""),
                b'\\' => out.push_str("\\\\"),
                0x20..=0x7e => out.push(b as char),
                _ => out.push_str(&format!("\\x{b:02x}")),
            }
        }
    } else {
        for c in text.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\t' => out.push_str("\\t"),
                '\r' => out.push_str("\\r"),
                '\x07' => out.push_str("\\a"),
                '\x08' => out.push_str("\\b"),
                '\x0c' => out.push_str("\\f"),
                '\x0b' => out.push_str("\\v"),
                c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                    out.push_str(&format!("\\x{:02x}", c as u32))
                }
                c => out.push(c),
            }
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(v: i64) -> ConstValue {
        ConstValue::Int(BigInt::from(v))
    }

    #[test]
    fn literals() {
        assert_eq!(parse_int("0x_1F"), Some(BigInt::from(31)));
        assert_eq!(parse_int("0o17"), Some(BigInt::from(15)));
        assert_eq!(parse_int("017"), Some(BigInt::from(15)));
        assert_eq!(parse_int("0b101"), Some(BigInt::from(5)));
        assert_eq!(parse_int("1_000_000"), Some(BigInt::from(1_000_000)));
        assert_eq!(parse_literal(LitKind::Rune, "'\\n'"), Some(int(10)));
        assert_eq!(parse_literal(LitKind::Rune, "'世'"), Some(int(0x4e16)));
        assert_eq!(parse_literal(LitKind::Rune, "'\\x41'"), Some(int(65)));
        assert_eq!(
            parse_literal(LitKind::String, "\"a\\tb\\xff\""),
            Some(ConstValue::Str(vec![b'a', 9, b'b', 0xff]))
        );
        assert_eq!(
            parse_literal(LitKind::String, "`a\\n`"),
            Some(ConstValue::Str(b"a\\n".to_vec()))
        );
        let f = parse_float("1.5e3").unwrap();
        assert_eq!(f, BigRational::from_integer(BigInt::from(1500)));
        let h = parse_float("0x1p-2").unwrap();
        assert_eq!(rat_to_f64(&h), 0.25);
        assert_eq!(rat_to_f64(&parse_float("0.1").unwrap()), 0.1);
        assert_eq!(rat_to_f64(&parse_float("1e308").unwrap()), 1e308);
        assert_eq!(rat_to_f64(&parse_float("4.9e-324").unwrap()), 4.9e-324);
        assert!(rat_to_f64(&parse_float("1e309").unwrap()).is_infinite());
    }

    #[test]
    fn representability() {
        assert_eq!(
            representable(&int(256), BasicKind::Uint8),
            Err(Unrepresentable::Overflows)
        );
        assert_eq!(representable(&int(255), BasicKind::Uint8), Ok(int(255)));
        assert_eq!(
            representable(&int(-129), BasicKind::Int8),
            Err(Unrepresentable::Overflows)
        );
        let half = ConstValue::Float(BigRational::new(BigInt::from(5), BigInt::from(2)));
        assert_eq!(
            representable(&half, BasicKind::Int),
            Err(Unrepresentable::Truncated)
        );
        let two = ConstValue::Float(BigRational::from_integer(BigInt::from(2)));
        assert_eq!(representable(&two, BasicKind::Int), Ok(int(2)));
        assert_eq!(
            representable(&ConstValue::Str(vec![]), BasicKind::Int),
            Err(Unrepresentable::Mismatch)
        );
    }

    #[test]
    fn arithmetic() {
        assert_eq!(binary_op(BinaryOp::Div, &int(7), &int(2), true), Ok(int(3)));
        assert_eq!(
            binary_op(BinaryOp::Div, &int(-7), &int(2), true),
            Ok(int(-3))
        );
        assert_eq!(
            binary_op(BinaryOp::Rem, &int(-7), &int(2), true),
            Ok(int(-1))
        );
        assert_eq!(
            binary_op(BinaryOp::Div, &int(1), &int(0), true),
            Err(OpError::DivByZero)
        );
        assert_eq!(unary_op(UnaryOp::Xor, &int(0), Some(8)), Some(int(255)));
        assert_eq!(unary_op(UnaryOp::Xor, &int(0), None), Some(int(-1)));
        assert_eq!(compare(BinaryOp::Lt, &int(1), &int(2)), Some(true));
        assert_eq!(
            wrap_int(&BigInt::from(300), BasicKind::Uint8),
            BigInt::from(44)
        );
        assert_eq!(
            wrap_int(&BigInt::from(200), BasicKind::Int8),
            BigInt::from(-56)
        );
    }

    #[test]
    fn printing() {
        assert_eq!(format_g(2.5, 6), "2.5");
        assert_eq!(format_g(1e21, 6), "1e+21");
        assert_eq!(format_g(0.0001, 6), "0.0001");
        assert_eq!(format_g(100000.0, 6), "100000");
        assert_eq!(format_g(1234567.0, 6), "1.23457e+06");
        assert_eq!(
            value_string(&ConstValue::Str(b"a\"b".to_vec())),
            "\"a\\\"b\""
        );
    }
}
