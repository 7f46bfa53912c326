//! Integers and booleans as text: `strconv.FormatInt/FormatUint/Itoa`,
//! `ParseInt/ParseUint/Atoi/ParseBool`, and the `*NumError` messages that all
//! `strconv` parsers (including [`parse_float`]) share.
//!
//! A port of Go's `internal/strconv/atoi.go`: base-0 prefixes, underscore
//! placement (`underscoreOK`), and the values Go returns *alongside* an error
//! (the clamped maximum for `ErrRange`, 0 otherwise) are all kept.

pub use super::atof::parse_float;
use super::quote::quote;

/// The reason a `strconv` conversion failed: the `Err` field of Go's `*NumError`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumErrorKind {
    /// `strconv.ErrSyntax`: "invalid syntax".
    Syntax,
    /// `strconv.ErrRange`: "value out of range".
    Range,
    /// "invalid base N".
    Base(i64),
    /// "invalid bit size N".
    BitSize(i64),
}

impl NumErrorKind {
    /// The error's own text. Go: `strconv.ErrRange.Error()` is `value out of range`.
    pub fn text(&self) -> String {
        match self {
            NumErrorKind::Syntax => "invalid syntax".to_string(),
            NumErrorKind::Range => "value out of range".to_string(),
            NumErrorKind::Base(b) => format!("invalid base {b}"),
            NumErrorKind::BitSize(b) => format!("invalid bit size {b}"),
        }
    }
}

/// A failed parse: the error kind and the value Go returns together with it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ParseError<T> {
    /// Why it failed.
    pub kind: NumErrorKind,
    /// What Go returns with the error: the clamped value for `Range`, else zero.
    pub value: T,
}

impl<T> ParseError<T> {
    fn new(kind: NumErrorKind, value: T) -> Self {
        ParseError { kind, value }
    }

    /// Go's `(*NumError).Error()` for this failure of `func` on `input`.
    ///
    /// Go: `strconv.ParseInt: parsing "999999999999999999999": value out of range`.
    pub fn message(&self, func: &str, input: impl AsRef<[u8]>) -> String {
        num_error_message(func, input.as_ref(), &self.kind)
    }
}

/// Go's `(*NumError).Error()`: `strconv.` + func + `: parsing ` + Quote(input) + `: ` + err.
///
/// Go: `strconv.Atoi: parsing "12a": invalid syntax`.
pub fn num_error_message(func: &str, input: &[u8], kind: &NumErrorKind) -> String {
    format!("strconv.{func}: parsing {}: {}", quote(input), kind.text())
}

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// Go's `strconv.FormatUint(u, base)`, `2 <= base <= 36` (other bases panic in Go).
///
/// Go: `FormatUint(255, 16)` is `ff`; `FormatUint(35, 36)` is `z`.
pub fn format_uint(mut u: u64, base: u32) -> String {
    assert!(
        (2..=36).contains(&base),
        "strconv: illegal AppendInt/FormatInt base"
    );
    let base = u64::from(base);
    let mut buf = Vec::with_capacity(64);
    loop {
        buf.push(DIGITS[(u % base) as usize]);
        u /= base;
        if u == 0 {
            break;
        }
    }
    buf.reverse();
    buf.into_iter().map(char::from).collect()
}

/// Go's `strconv.FormatInt(i, base)`. Go: `FormatInt(-255, 16)` is `-ff`.
pub fn format_int(i: i64, base: u32) -> String {
    let digits = format_uint(i.unsigned_abs(), base);
    if i < 0 { format!("-{digits}") } else { digits }
}

/// Go's `strconv.Itoa`. Go: `Itoa(-42)` is `-42`.
pub fn itoa(i: i64) -> String {
    format_int(i, 10)
}

/// Go's `strconv.FormatBool`. Go: `FormatBool(true)` is `true`.
pub fn format_bool(b: bool) -> &'static str {
    if b { "true" } else { "false" }
}

/// Go's `strconv.ParseBool`: accepts `1 t T TRUE true True 0 f F FALSE false False`.
///
/// Go: `ParseBool("yes")` fails with `strconv.ParseBool: parsing "yes": invalid syntax`.
pub fn parse_bool(s: impl AsRef<[u8]>) -> Result<bool, ParseError<bool>> {
    match s.as_ref() {
        b"1" | b"t" | b"T" | b"TRUE" | b"true" | b"True" => Ok(true),
        b"0" | b"f" | b"F" | b"FALSE" | b"false" | b"False" => Ok(false),
        _ => Err(ParseError::new(NumErrorKind::Syntax, false)),
    }
}

fn lower(c: u8) -> u8 {
    c | (b'x' - b'X')
}

/// Go's `strconv.ParseUint(s, base, bitSize)`; bit size 0 means 64 (Go's `int` here).
///
/// Go: `ParseUint("0x_ff", 0, 64)` is 255; `ParseUint("300", 10, 8)` is 255 with
/// `ErrRange`; `ParseUint("-1", 10, 64)` is a syntax error.
pub fn parse_uint(s: impl AsRef<[u8]>, base: i64, bit_size: i64) -> Result<u64, ParseError<u64>> {
    let s0 = s.as_ref();
    let syntax = || ParseError::new(NumErrorKind::Syntax, 0);
    if s0.is_empty() {
        return Err(syntax());
    }
    let base0 = base == 0;
    let (base, digits) = match base {
        2..=36 => (base as u64, s0),
        0 => base_from_prefix(s0),
        _ => return Err(ParseError::new(NumErrorKind::Base(base), 0)),
    };
    let bit_size = match bit_size {
        0 => 64,
        1..=64 => bit_size as u32,
        _ => return Err(ParseError::new(NumErrorKind::BitSize(bit_size), 0)),
    };
    let cutoff = u64::MAX / base + 1;
    let max_val = if bit_size == 64 {
        u64::MAX
    } else {
        (1u64 << bit_size) - 1
    };
    let mut underscores = false;
    let mut n: u64 = 0;
    for &c in digits {
        let d = match c {
            b'_' if base0 => {
                underscores = true;
                continue;
            }
            b'0'..=b'9' => u64::from(c - b'0'),
            _ if lower(c).is_ascii_lowercase() => u64::from(lower(c) - b'a' + 10),
            _ => return Err(syntax()),
        };
        if d >= base {
            return Err(syntax());
        }
        if n >= cutoff {
            return Err(ParseError::new(NumErrorKind::Range, max_val));
        }
        n *= base;
        match n.checked_add(d) {
            Some(n1) if n1 <= max_val => n = n1,
            _ => return Err(ParseError::new(NumErrorKind::Range, max_val)),
        }
    }
    if underscores && !underscore_ok(s0) {
        return Err(syntax());
    }
    Ok(n)
}

/// Base and digits for base 0: `0b`, `0o`, `0x` (with at least one more byte), `0`, else 10.
fn base_from_prefix(s: &[u8]) -> (u64, &[u8]) {
    if s[0] != b'0' {
        return (10, s);
    }
    if s.len() >= 3 {
        match lower(s[1]) {
            b'b' => return (2, &s[2..]),
            b'o' => return (8, &s[2..]),
            b'x' => return (16, &s[2..]),
            _ => {}
        }
    }
    (8, &s[1..])
}

/// Go's `strconv.ParseInt(s, base, bitSize)`; bit size 0 means 64.
///
/// Go: `ParseInt("-0b101", 0, 8)` is -5; `ParseInt("999999999999999999999", 10, 64)`
/// is 9223372036854775807 with `ErrRange`; `ParseInt("1_000", 10, 64)` is a syntax error.
pub fn parse_int(s: impl AsRef<[u8]>, base: i64, bit_size: i64) -> Result<i64, ParseError<i64>> {
    let s = s.as_ref();
    if s.is_empty() {
        return Err(ParseError::new(NumErrorKind::Syntax, 0));
    }
    let (neg, body) = match s[0] {
        b'+' => (false, &s[1..]),
        b'-' => (true, &s[1..]),
        _ => (false, s),
    };
    let un = match parse_uint(body, base, bit_size) {
        Ok(u) => u,
        Err(e) if e.kind == NumErrorKind::Range => e.value,
        Err(e) => return Err(ParseError::new(e.kind, 0)),
    };
    let bit_size = if bit_size == 0 { 64 } else { bit_size as u32 };
    let cutoff = 1u64 << (bit_size - 1);
    if !neg && un >= cutoff {
        return Err(ParseError::new(NumErrorKind::Range, (cutoff - 1) as i64));
    }
    if neg && un > cutoff {
        return Err(ParseError::new(
            NumErrorKind::Range,
            (cutoff as i64).wrapping_neg(),
        ));
    }
    let n = un as i64;
    Ok(if neg { n.wrapping_neg() } else { n })
}

/// Go's `strconv.Atoi` (64-bit `int`). Go: `Atoi("+12")` is 12; `Atoi("12a")` is a syntax error.
pub fn atoi(s: impl AsRef<[u8]>) -> Result<i64, ParseError<i64>> {
    parse_int(s, 10, 0)
}

/// Go's `underscoreOK`: underscores only between digits, or right after a base prefix.
///
/// Go: `ParseInt("0x_1", 0, 64)` is fine, `ParseInt("1__0", 0, 64)` is not.
pub(crate) fn underscore_ok(s: &[u8]) -> bool {
    let mut saw = b'^';
    let mut s = s;
    if let Some(b'-' | b'+') = s.first() {
        s = &s[1..];
    }
    let mut i = 0;
    let mut hex = false;
    if s.len() >= 2 && s[0] == b'0' && matches!(lower(s[1]), b'b' | b'o' | b'x') {
        i = 2;
        saw = b'0';
        hex = lower(s[1]) == b'x';
    }
    while i < s.len() {
        let c = s[i];
        i += 1;
        if c.is_ascii_digit() || (hex && (b'a'..=b'f').contains(&lower(c))) {
            saw = b'0';
            continue;
        }
        if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
            continue;
        }
        if saw == b'_' {
            return false;
        }
        saw = b'!';
    }
    saw != b'_'
}

#[cfg(test)]
#[path = "int_tests.rs"]
mod tests;
