//! Text to float: Go's `strconv.ParseFloat`.
//!
//! The accepted syntax (signs, `inf`/`infinity`/`nan` in any case, hex floats
//! with a mandatory `p` exponent, underscores per `underscoreOK`) is a port of
//! `readFloat`/`special` from Go's `internal/strconv/atof.go`. Decimal values are
//! then rounded by Rust's correctly rounding parser (to f32 directly for
//! bit size 32, as Go does); hex values by a port of Go's `atofHex`.

use super::int::{NumErrorKind, ParseError, underscore_ok};

/// Go's `strconv.ParseFloat(s, bitSize)`; any bit size other than 32 means 64.
///
/// Go: `ParseFloat("1_000.5", 64)` is 1000.5, `ParseFloat("0x1p-2", 64)` is 0.25,
/// `ParseFloat("-Inf", 64)` is -Inf, `ParseFloat("1e400", 64)` is +Inf with
/// `ErrRange`, `ParseFloat("1e-400", 64)` is 0 with no error.
pub fn parse_float(s: impl AsRef<[u8]>, bit_size: u32) -> Result<f64, ParseError<f64>> {
    let s = s.as_ref();
    let syntax = ParseError {
        kind: NumErrorKind::Syntax,
        value: 0.0,
    };
    if let Some((f, n)) = special(s) {
        return if n == s.len() {
            Ok(if bit_size == 32 {
                f64::from(f as f32)
            } else {
                f
            })
        } else {
            Err(syntax)
        };
    }
    let Some(r) = read_float(s) else {
        return Err(syntax);
    };
    if r.consumed != s.len() {
        return Err(syntax);
    }
    let f = if r.hex {
        atof_hex(&r, bit_size)
    } else {
        atof_decimal(&r, bit_size)
    };
    if f.is_infinite() {
        Err(ParseError {
            kind: NumErrorKind::Range,
            value: f,
        })
    } else {
        Ok(f)
    }
}

/// `inf`, `infinity` (optionally signed) and `nan`, any case; returns the value
/// and the length of the prefix they occupy.
fn special(s: &[u8]) -> Option<(f64, usize)> {
    let (sign, nsign, rest) = match s.first()? {
        b'+' => (1.0, 1, &s[1..]),
        b'-' => (-1.0, 1, &s[1..]),
        b'n' | b'N' => {
            return (common_prefix_ignore_case(s, b"nan") == 3).then_some((f64::NAN, 3));
        }
        _ => (1.0, 0, s),
    };
    if !matches!(rest.first(), Some(b'i' | b'I')) {
        return None;
    }
    let mut n = common_prefix_ignore_case(rest, b"infinity");
    if 3 < n && n < 8 {
        n = 3;
    }
    (n == 3 || n == 8).then_some((sign * f64::INFINITY, nsign + n))
}

fn common_prefix_ignore_case(s: &[u8], prefix: &[u8]) -> usize {
    s.iter()
        .zip(prefix)
        .take_while(|(a, b)| a.to_ascii_lowercase() == **b)
        .count()
}

/// The pieces of a float literal recognised by Go's `readFloat`.
struct ReadFloat {
    neg: bool,
    hex: bool,
    /// Decimal: the significant digits (leading zeros dropped), all of them.
    digits: Vec<u8>,
    /// Decimal: position of the point within `digits` after the exponent.
    dp: i64,
    /// Hex: the first 16 hex digits, the binary exponent, and whether
    /// non-zero digits were dropped.
    mantissa: u64,
    exp: i64,
    trunc: bool,
    consumed: usize,
}

/// Port of Go's `readFloat`; `None` when the syntax is invalid.
fn read_float(s: &[u8]) -> Option<ReadFloat> {
    let mut i = 0;
    let mut neg = false;
    let mut underscores = false;
    match s.first()? {
        b'+' => i += 1,
        b'-' => {
            i += 1;
            neg = true;
        }
        _ => {}
    }
    let mut base: u64 = 10;
    let mut max_mant_digits = 19;
    let mut exp_char = b'e';
    let mut hex = false;
    if i + 2 < s.len() && s[i] == b'0' && s[i + 1].eq_ignore_ascii_case(&b'x') {
        base = 16;
        max_mant_digits = 16;
        i += 2;
        exp_char = b'p';
        hex = true;
    }
    let (mut sawdot, mut sawdigits) = (false, false);
    let (mut nd, mut nd_mant, mut dp): (i64, i64, i64) = (0, 0, 0);
    let mut mantissa: u64 = 0;
    let mut trunc = false;
    let mut digits = Vec::new();
    while i < s.len() {
        let c = s[i];
        let lc = c.to_ascii_lowercase();
        if c == b'_' {
            underscores = true;
        } else if c == b'.' {
            if sawdot {
                break;
            }
            sawdot = true;
            dp = nd;
        } else if c.is_ascii_digit() || (base == 16 && (b'a'..=b'f').contains(&lc)) {
            sawdigits = true;
            let d = char::from(c).to_digit(16).map_or(0, u64::from);
            if c == b'0' && nd == 0 {
                dp -= 1;
            } else {
                nd += 1;
                digits.push(c);
                if nd_mant < max_mant_digits {
                    mantissa = mantissa * base + d;
                    nd_mant += 1;
                } else if c != b'0' {
                    trunc = true;
                }
            }
        } else {
            break;
        }
        i += 1;
    }
    if !sawdigits {
        return None;
    }
    if !sawdot {
        dp = nd;
    }
    if base == 16 {
        dp *= 4;
        nd_mant *= 4;
    }
    if i < s.len() && s[i].to_ascii_lowercase() == exp_char {
        i += 1;
        let mut esign = 1;
        match s.get(i)? {
            b'+' => i += 1,
            b'-' => {
                i += 1;
                esign = -1;
            }
            _ => {}
        }
        if !s.get(i)?.is_ascii_digit() {
            return None;
        }
        let mut e: i64 = 0;
        while i < s.len() && (s[i].is_ascii_digit() || s[i] == b'_') {
            if s[i] == b'_' {
                underscores = true;
            } else if e < 10000 {
                e = e * 10 + i64::from(s[i] - b'0');
            }
            i += 1;
        }
        dp += e * esign;
    } else if base == 16 {
        return None;
    }
    let exp = if mantissa != 0 { dp - nd_mant } else { 0 };
    if underscores && !underscore_ok(&s[..i]) {
        return None;
    }
    Some(ReadFloat {
        neg,
        hex,
        digits,
        dp,
        mantissa,
        exp,
        trunc,
        consumed: i,
    })
}

/// Rounds `0.digits × 10^dp` correctly via Rust's parser.
fn atof_decimal(r: &ReadFloat, bit_size: u32) -> f64 {
    let mag = if r.digits.is_empty() {
        0.0
    } else {
        // "0.<digits>e<dp>" is plain ASCII built from digits.
        let text = format!("0.{}e{}", String::from_utf8_lossy(&r.digits), r.dp);
        if bit_size == 32 {
            text.parse::<f32>().map_or(0.0, f64::from)
        } else {
            text.parse::<f64>().unwrap_or(0.0)
        }
    };
    if r.neg { -mag } else { mag }
}

/// Port of Go's `atofHex`: rounds `mantissa × 2^exp` (plus a sticky bit for
/// truncated digits) to the target format, half to even.
fn atof_hex(r: &ReadFloat, bit_size: u32) -> f64 {
    let (mant_bits, exp_bits, bias): (u32, u32, i64) = if bit_size == 32 {
        (23, 8, -127)
    } else {
        (52, 11, -1023)
    };
    let max_exp = (1i64 << exp_bits) + bias - 2;
    let min_exp = bias + 1;
    let mut mantissa = r.mantissa;
    let mut exp = r.exp + i64::from(mant_bits);
    while mantissa != 0 && mantissa >> (mant_bits + 2) == 0 {
        mantissa <<= 1;
        exp -= 1;
    }
    if r.trunc {
        mantissa |= 1;
    }
    while mantissa >> (1 + mant_bits + 2) != 0 {
        mantissa = mantissa >> 1 | (mantissa & 1);
        exp += 1;
    }
    while mantissa > 1 && exp < min_exp - 2 {
        mantissa = mantissa >> 1 | (mantissa & 1);
        exp += 1;
    }
    let mut round = mantissa & 3;
    mantissa >>= 2;
    round |= mantissa & 1;
    exp += 2;
    if round == 3 {
        mantissa += 1;
        if mantissa == 1 << (1 + mant_bits) {
            mantissa >>= 1;
            exp += 1;
        }
    }
    if mantissa >> mant_bits == 0 {
        exp = bias;
    }
    if exp > max_exp {
        mantissa = 1 << mant_bits;
        exp = max_exp + 1;
    }
    let mut bits = mantissa & ((1 << mant_bits) - 1);
    bits |= (((exp - bias) as u64) & ((1 << exp_bits) - 1)) << mant_bits;
    if r.neg {
        bits |= 1 << mant_bits << exp_bits;
    }
    if bit_size == 32 {
        f64::from(f32::from_bits(bits as u32))
    } else {
        f64::from_bits(bits)
    }
}
