//! Float to text: Go's `strconv.FormatFloat` and `fmt`'s float verbs.
//!
//! The decimal digits come from Rust's formatter, which is exact: `{:e}`
//! yields the shortest round-tripping digits (closest to the true value) and
//! `{:.N}`/`{:.Ne}` yield the exact binary value rounded half-to-even, which is
//! what Go's `ftoa` computes. On top of those digits this file ports Go's
//! layout code (`fmtEFG`, `fmtB`, `fmtX` in `strconv/ftoa.go` and
//! `fmt.fmtFloat` in `fmt/format.go`) line for line, so every exponent,
//! padding and `#`-flag rule matches Go.

use super::flags::{FmtFlags, bytes_to_string, pad_bytes, padding};

/// Decimal digits `0.d[0]d[1]... × 10^dp` with no trailing zeros; zero is
/// `d = []`, `dp = 0` (Go's `decimalSlice`).
struct Decimal {
    d: Vec<u8>,
    dp: i64,
}

impl Decimal {
    fn trimmed(mut d: Vec<u8>, mut dp: i64) -> Decimal {
        let lead = d.iter().take_while(|&&c| c == b'0').count();
        d.drain(..lead);
        dp -= lead as i64;
        while d.last() == Some(&b'0') {
            d.pop();
        }
        if d.is_empty() {
            dp = 0;
        }
        Decimal { d, dp }
    }

    /// Parses Rust's scientific output such as `1.2345e-7`.
    fn from_scientific(s: &str) -> Decimal {
        let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
        let digits: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
        let exp: i64 = exp.parse().unwrap_or(0);
        Decimal::trimmed(digits, exp + 1)
    }

    /// Parses Rust's fixed output such as `123.4500`.
    fn from_fixed(s: &str) -> Decimal {
        let int_len = s.find('.').unwrap_or(s.len()) as i64;
        let digits: Vec<u8> = s.bytes().filter(u8::is_ascii_digit).collect();
        Decimal::trimmed(digits, int_len)
    }
}

/// Shortest digits that round-trip at the given size (`abs` is finite, > 0).
///
/// Rust picks the shortest length correctly but breaks an exact tie in the
/// last digit upwards, where Go rounds half to even (`114.96768188476562`).
/// The half-even rounding to the same length is the closest candidate, so it
/// wins whenever it still round-trips.
fn shortest_digits(abs: f64, bit_size: u32) -> Decimal {
    let short = if bit_size == 32 {
        format!("{:e}", abs as f32)
    } else {
        format!("{abs:e}")
    };
    let digits = Decimal::from_scientific(&short);
    let n = digits.d.len().max(1);
    let exact = format!("{:.*e}", n - 1, abs);
    let round_trips = if bit_size == 32 {
        exact.parse::<f32>().ok() == Some(abs as f32)
    } else {
        exact.parse::<f64>().ok() == Some(abs)
    };
    if round_trips {
        Decimal::from_scientific(&exact)
    } else {
        digits
    }
}

/// The exact value rounded half-even to `n >= 1` significant digits.
fn significant_digits(abs: f64, n: usize) -> Decimal {
    Decimal::from_scientific(&format!("{:.*e}", n - 1, abs))
}

/// The exact value rounded half-even to `prec` digits after the point.
fn fraction_digits(abs: f64, prec: usize) -> Decimal {
    Decimal::from_fixed(&format!("{abs:.prec$}"))
}

/// Sign, biased exponent field and mantissa field of `f` at the given size.
struct Parts {
    neg: bool,
    exp_field: u64,
    mant_field: u64,
    mant_bits: u32,
    exp_bits: u32,
    bias: i64,
}

fn parts(f: f64, bit_size: u32) -> Parts {
    if bit_size == 32 {
        let b = u64::from((f as f32).to_bits());
        Parts {
            neg: b >> 31 != 0,
            exp_field: (b >> 23) & 0xFF,
            mant_field: b & ((1 << 23) - 1),
            mant_bits: 23,
            exp_bits: 8,
            bias: -127,
        }
    } else {
        let b = f.to_bits();
        Parts {
            neg: b >> 63 != 0,
            exp_field: (b >> 52) & 0x7FF,
            mant_field: b & ((1 << 52) - 1),
            mant_bits: 52,
            exp_bits: 11,
            bias: -1023,
        }
    }
}

/// Go's `strconv.FormatFloat(f, fmt, prec, bitSize)`; `prec < 0` means shortest.
///
/// Go: `FormatFloat(2.675, 'f', 2, 64)` is `2.67`; `FormatFloat(1e21, 'g', -1, 64)` is `1e+21`;
/// `FormatFloat(0.1, 'g', -1, 32)` is `0.1`. Any `bit_size` other than 32 means 64.
/// An unknown `fmt` byte gives `%` followed by it, as in Go.
pub fn format_float(f: f64, fmt: u8, prec: i64, bit_size: u32) -> String {
    bytes_to_string(append_float(f, fmt, prec, bit_size))
}

fn append_float(f: f64, fmt: u8, prec: i64, bit_size: u32) -> Vec<u8> {
    let p = parts(f, bit_size);
    if p.exp_field == (1 << p.exp_bits) - 1 {
        return match (p.mant_field != 0, p.neg) {
            (true, _) => b"NaN".to_vec(),
            (false, true) => b"-Inf".to_vec(),
            (false, false) => b"+Inf".to_vec(),
        };
    }
    let (mut exp, mut mant) = (p.exp_field as i64, p.mant_field);
    if exp == 0 {
        exp += 1;
    } else {
        mant |= 1 << p.mant_bits;
    }
    exp += p.bias;
    if fmt == b'b' {
        return fmt_b(p.neg, mant, exp - i64::from(p.mant_bits));
    }
    if fmt == b'x' || fmt == b'X' {
        return fmt_x(prec, fmt, p.neg, mant, exp, p.mant_bits);
    }
    let abs = if bit_size == 32 {
        f64::from((f as f32).abs())
    } else {
        f.abs()
    };
    if mant == 0 {
        return fmt_efg(p.neg, &Decimal::trimmed(Vec::new(), 0), prec, fmt, prec < 0);
    }
    if prec < 0 {
        let digs = shortest_digits(abs, bit_size);
        let (nd, dp) = (digs.d.len() as i64, digs.dp);
        let prec = match fmt {
            b'e' | b'E' => (nd - 1).max(0),
            b'f' => (nd - dp).max(0),
            b'g' | b'G' => nd,
            _ => prec,
        };
        return fmt_efg(p.neg, &digs, prec, fmt, true);
    }
    let (digs, prec) = match fmt {
        b'e' | b'E' => (significant_digits(abs, to_usize(prec) + 1), prec),
        b'f' => (fraction_digits(abs, to_usize(prec)), prec),
        b'g' | b'G' => {
            let prec = prec.max(1);
            (significant_digits(abs, to_usize(prec)), prec)
        }
        _ => (significant_digits(abs, 1), prec),
    };
    fmt_efg(p.neg, &digs, prec, fmt, false)
}

fn to_usize(n: i64) -> usize {
    usize::try_from(n).unwrap_or(0)
}

/// Go's `fmtEFG`: lays out `digs` as `%e`, `%f` or `%g`.
fn fmt_efg(neg: bool, digs: &Decimal, mut prec: i64, mut fmt: u8, shortest: bool) -> Vec<u8> {
    let s = &digs.d;
    let (nd, dp) = (s.len() as i64, digs.dp);
    if fmt == b'g' || fmt == b'G' {
        let mut eprec = prec;
        if eprec > nd && nd >= dp {
            eprec = nd;
        }
        if shortest {
            eprec = 6;
        }
        let exp = dp - 1;
        if exp < -4 || exp >= eprec {
            if prec > nd {
                prec = nd;
            }
            prec -= 1;
            fmt = fmt + b'e' - b'g';
        } else {
            if prec > dp {
                prec = nd;
            }
            prec = (prec - dp).max(0);
            fmt = b'f';
        }
    }
    let mut dst = Vec::new();
    if neg && (fmt == b'e' || fmt == b'E' || fmt == b'f') {
        dst.push(b'-');
    }
    match fmt {
        b'e' | b'E' => {
            dst.push(if nd != 0 { s[0] } else { b'0' });
            if prec > 0 {
                dst.push(b'.');
                let m = nd.min(prec + 1);
                if m > 1 {
                    dst.extend_from_slice(&s[1..m as usize]);
                }
                let written = m.max(1);
                dst.extend(std::iter::repeat_n(b'0', to_usize(prec + 1 - written)));
            }
            dst.push(fmt);
            let exp = if nd == 0 { 0 } else { dp - 1 };
            dst.push(if exp < 0 { b'-' } else { b'+' });
            let exp = exp.abs();
            if exp < 10 {
                dst.push(b'0');
            }
            dst.extend_from_slice(exp.to_string().as_bytes());
        }
        b'f' => {
            if dp > 0 {
                let m = nd.min(dp);
                dst.extend_from_slice(&s[..m as usize]);
                dst.extend(std::iter::repeat_n(b'0', to_usize(dp - m)));
            } else {
                dst.push(b'0');
            }
            if prec > 0 {
                dst.push(b'.');
                let lz = prec.min((-dp).max(0));
                let off = dp + lz;
                let m = (prec - lz).min((nd - off).max(0));
                let tz = (prec - lz - m).max(0);
                dst.extend(std::iter::repeat_n(b'0', to_usize(lz)));
                if m > 0 {
                    dst.extend_from_slice(&s[off as usize..(off + m) as usize]);
                }
                dst.extend(std::iter::repeat_n(b'0', to_usize(tz)));
            }
        }
        _ => {
            dst.push(b'%');
            dst.push(fmt);
        }
    }
    dst
}

/// Go's `fmtB`: `-ddddp±ddd`.
fn fmt_b(neg: bool, mant: u64, exp: i64) -> Vec<u8> {
    let sign = if neg { "-" } else { "" };
    let esign = if exp >= 0 { "+" } else { "" };
    format!("{sign}{mant}p{esign}{exp}").into_bytes()
}

/// Go's `fmtX`: `-0x1.yyyyp±dd`, rounding to `prec` hex digits when `0 <= prec < 15`.
fn fmt_x(prec: i64, fmt: u8, neg: bool, mut mant: u64, mut exp: i64, mant_bits: u32) -> Vec<u8> {
    if mant == 0 {
        exp = 0;
    }
    mant <<= 60 - mant_bits;
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    if (0..15).contains(&prec) {
        let shift = (prec * 4) as u32;
        let extra = (mant << shift) & ((1 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            mant >>= 1;
            exp += 1;
        }
    }
    let hex: &[u8; 16] = if fmt == b'X' {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    let mut dst = Vec::new();
    if neg {
        dst.push(b'-');
    }
    dst.extend_from_slice(&[b'0', fmt, b'0' + ((mant >> 60) & 1) as u8]);
    mant <<= 4;
    if prec < 0 && mant != 0 {
        dst.push(b'.');
        while mant != 0 {
            dst.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    } else if prec > 0 {
        dst.push(b'.');
        for _ in 0..prec {
            dst.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    }
    dst.push(if fmt == b'X' { b'P' } else { b'p' });
    dst.push(if exp < 0 { b'-' } else { b'+' });
    let exp = exp.abs();
    if exp < 10 {
        dst.push(b'0');
    }
    dst.extend_from_slice(exp.to_string().as_bytes());
    dst
}

/// `%v` of a float (and `Println`): shortest `%g`.
///
/// Go: `fmt.Println(1e20, 1e-5, 100000.0, 1e6, float32(0.1))` prints
/// `1e+20 1e-05 100000 1e+06 0.1`: the `%e` form is used when the decimal
/// exponent is < -4 or >= 6 (there is no threshold of 21 in Go), and `-0.0`
/// prints `-0`.
pub fn fmt_v_float(f: f64, bit_size: u32) -> String {
    format_float(f, b'g', -1, bit_size)
}

/// `fmt` float verb `%e %E %f %F %g %G %b %x %X %v` with an optional precision.
///
/// Go: `Sprintf("%.2f", 2.675)` is `2.67`; `Sprintf("%e", 1.0)` is `1.000000e+00`.
/// Returns `None` for a verb `fmt` rejects for floats.
pub fn fmt_float(f: f64, verb: char, prec: Option<usize>, bit_size: u32) -> Option<String> {
    let flags = FmtFlags {
        prec,
        ..FmtFlags::default()
    };
    fmt_float_flags(f, verb, &flags, bit_size)
}

/// `fmt` float verb with all flags: Go's `pp.fmtFloat` + `fmt.fmtFloat`.
///
/// Go: `Sprintf("%08.3f", -3.14159)` is `-003.142`; `Sprintf("%+.2e", 12345.0)` is
/// `+1.23e+04`; `Sprintf("%#g", 1.0)` is `1.00000`. For `%v` the `+`/`#` flags are
/// ignored, as `Printf` turns them into `%+v`/`%#v`. Returns `None` for a bad verb.
pub fn fmt_float_flags(f: f64, verb: char, flags: &FmtFlags, bit_size: u32) -> Option<String> {
    let mut flags = *flags;
    let (fmt, default_prec) = match verb {
        'v' => {
            flags.plus = false;
            flags.sharp = false;
            (b'g', -1)
        }
        'b' | 'g' | 'G' | 'x' | 'X' => (verb as u8, -1),
        'f' | 'e' | 'E' => (verb as u8, 6),
        'F' => (b'f', 6),
        _ => return None,
    };
    let prec = flags.prec.map_or(default_prec, |p| p as i64);
    Some(bytes_to_string(fmt_float_raw(
        f, bit_size, fmt, prec, &flags,
    )))
}

/// Go's `fmt.fmtFloat` after verb selection.
fn fmt_float_raw(v: f64, size: u32, verb: u8, prec: i64, flags: &FmtFlags) -> Vec<u8> {
    let mut num = append_float(v, verb, prec, size);
    if num[0] != b'-' && num[0] != b'+' {
        num.insert(0, b'+');
    }
    if flags.space && num[0] == b'+' && !flags.plus {
        num[0] = b' ';
    }
    if num[1] == b'I' || num[1] == b'N' {
        let mut nozero = *flags;
        nozero.zero = false;
        if num[1] == b'N' && !flags.space && !flags.plus {
            num.remove(0);
        }
        return pad_bytes(&num, &nozero);
    }
    if flags.sharp && verb != b'b' {
        num = sharp_float(num, verb, prec);
    }
    if flags.plus || num[0] != b'+' {
        if let Some(w) = flags.width
            && flags.zero
            && !flags.minus
            && w > num.len()
        {
            let mut out = vec![num[0]];
            out.extend(padding(w - num.len(), flags));
            out.extend_from_slice(&num[1..]);
            return out;
        }
        return pad_bytes(&num, flags);
    }
    pad_bytes(&num[1..], flags)
}

/// The `#` flag: force a decimal point and keep trailing zeros (`%#g`, `%#.0f`).
fn sharp_float(mut num: Vec<u8>, verb: u8, prec: i64) -> Vec<u8> {
    let mut digits = match verb {
        b'v' | b'g' | b'G' | b'x' => {
            if prec == -1 {
                6
            } else {
                prec
            }
        }
        _ => 0,
    };
    let mut tail = Vec::new();
    let mut has_point = false;
    let mut saw_nonzero = false;
    let mut i = 1;
    while i < num.len() {
        let c = num[i];
        match c {
            b'.' => has_point = true,
            b'p' | b'P' => {
                tail = num.split_off(i);
                break;
            }
            b'e' | b'E' if verb != b'x' && verb != b'X' => {
                tail = num.split_off(i);
                break;
            }
            _ => {
                if c != b'0' {
                    saw_nonzero = true;
                }
                if saw_nonzero {
                    digits -= 1;
                }
            }
        }
        i += 1;
    }
    if !has_point {
        if num.len() == 2 && num[1] == b'0' {
            digits -= 1;
        }
        num.push(b'.');
    }
    while digits > 0 {
        num.push(b'0');
        digits -= 1;
    }
    num.extend(tail);
    num
}

#[cfg(test)]
#[path = "float_tests.rs"]
mod tests;
