//! Go quoting and unquoting: `strconv.Quote*`, `strconv.Unquote*`,
//! `strconv.IsPrint`, and the decoding of string/rune/number literals in Go
//! source for the compiler.
//!
//! Go strings are byte sequences, so inputs and decoded strings are `[u8]`.
//! The quoting code is a port of `strconv/quote.go`; printability uses Go's own
//! tables (see `isprint_tables.rs`), so `is_print` is exact, not approximated.
//! Literal decoding follows `cmd/compile/internal/syntax/scanner.go` and
//! reports its error messages.

use super::int::{NumErrorKind, parse_float};
use super::isprint_tables::{IS_GRAPHIC, IS_NOT_PRINT16, IS_NOT_PRINT32, IS_PRINT16, IS_PRINT32};
use super::utf8::{RUNE_ERROR, append_rune, decode_rune, valid_rune};
use num_bigint::BigInt;

const LOWERHEX: &[u8; 16] = b"0123456789abcdef";

/// Whether Go considers the rune printable: `strconv.IsPrint` / `unicode.IsPrint`.
///
/// Go: `IsPrint('a')`, `IsPrint('é')`, `IsPrint(' ')` are true; `IsPrint('\u00ad')`,
/// `IsPrint('\t')`, `IsPrint('\u2028')` are false. Exact (Go 1.27 tables).
pub fn is_print_rune(r: i32) -> bool {
    if r <= 0xFF {
        if (0x20..=0x7E).contains(&r) {
            return true;
        }
        if (0xA1..=0xFF).contains(&r) {
            return r != 0xAD;
        }
        return false;
    }
    if (0..1 << 16).contains(&r) {
        let rr = r as u16;
        if !in_ranges(&IS_PRINT16, rr) {
            return false;
        }
        return IS_NOT_PRINT16.binary_search(&rr).is_err();
    }
    let Ok(rr) = u32::try_from(r) else {
        return false;
    };
    if !in_ranges(&IS_PRINT32, rr) {
        return false;
    }
    if rr >= 0x20000 {
        return true;
    }
    IS_NOT_PRINT32
        .binary_search(&((rr - 0x10000) as u16))
        .is_err()
}

/// [`is_print_rune`] for a `char`. Go: `unicode.IsPrint('\u{a0}')` is false.
pub fn is_print(c: char) -> bool {
    is_print_rune(c as i32)
}

/// Go's `strconv.IsGraphic`: printable or one of the Zs spaces. Go: `IsGraphic('\u00a0')` is true.
pub fn is_graphic(r: i32) -> bool {
    is_print_rune(r) || is_in_graphic_list(r)
}

fn is_in_graphic_list(r: i32) -> bool {
    u16::try_from(r).is_ok_and(|r| IS_GRAPHIC.binary_search(&r).is_ok())
}

/// `table` holds sorted inclusive `[lo, hi]` pairs; is `v` inside one of them?
fn in_ranges<T: Ord + Copy>(table: &[T], v: T) -> bool {
    let i = table.partition_point(|&x| x < v);
    if i >= table.len() {
        return false;
    }
    let lo = table[i & !1];
    let hi = table[i | 1];
    lo <= v && v <= hi
}

/// Which runes may appear unescaped in a quoted result.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Print,
    Ascii,
    Graphic,
}

fn quote_with(s: &[u8], quote: u8, mode: Mode) -> String {
    let mut buf = Vec::with_capacity(s.len() + 2);
    buf.push(quote);
    let mut i = 0;
    while i < s.len() {
        let (r, width) = decode_rune(&s[i..]);
        if width == 1 && r == RUNE_ERROR {
            buf.extend_from_slice(b"\\x");
            buf.push(LOWERHEX[usize::from(s[i] >> 4)]);
            buf.push(LOWERHEX[usize::from(s[i] & 0xF)]);
        } else {
            append_escaped_rune(&mut buf, r, quote, mode);
        }
        i += width;
    }
    buf.push(quote);
    ascii_or_utf8(buf)
}

fn quote_rune_with(r: i32, mode: Mode) -> String {
    let r = if valid_rune(r) { r } else { RUNE_ERROR };
    let mut buf = vec![b'\''];
    append_escaped_rune(&mut buf, r, b'\'', mode);
    buf.push(b'\'');
    ascii_or_utf8(buf)
}

/// Quoting only ever emits ASCII and whole encoded runes, so this is valid UTF-8.
fn ascii_or_utf8(buf: Vec<u8>) -> String {
    String::from_utf8(buf).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

fn append_escaped_rune(buf: &mut Vec<u8>, r: i32, quote: u8, mode: Mode) {
    if r == i32::from(quote) || r == i32::from(b'\\') {
        buf.push(b'\\');
        buf.push(r as u8);
        return;
    }
    match mode {
        Mode::Ascii if r < 0x80 && is_print_rune(r) => {
            buf.push(r as u8);
            return;
        }
        Mode::Print | Mode::Graphic
            if is_print_rune(r) || (mode == Mode::Graphic && is_in_graphic_list(r)) =>
        {
            append_rune(buf, r);
            return;
        }
        _ => {}
    }
    let simple: Option<&[u8]> = match r {
        0x07 => Some(b"\\a"),
        0x08 => Some(b"\\b"),
        0x0C => Some(b"\\f"),
        0x0A => Some(b"\\n"),
        0x0D => Some(b"\\r"),
        0x09 => Some(b"\\t"),
        0x0B => Some(b"\\v"),
        _ => None,
    };
    if let Some(esc) = simple {
        buf.extend_from_slice(esc);
        return;
    }
    if r < i32::from(b' ') || r == 0x7F {
        buf.extend_from_slice(b"\\x");
        buf.push(LOWERHEX[(r >> 4) as usize & 0xF]);
        buf.push(LOWERHEX[r as usize & 0xF]);
        return;
    }
    let r = if valid_rune(r) { r } else { 0xFFFD };
    let (prefix, digits): (&[u8], i32) = if r < 0x10000 {
        (b"\\u", 4)
    } else {
        (b"\\U", 8)
    };
    buf.extend_from_slice(prefix);
    for k in (0..digits).rev() {
        buf.push(LOWERHEX[((r >> (4 * k)) & 0xF) as usize]);
    }
}

/// Go's `strconv.Quote`: a double-quoted Go string literal.
///
/// Go: `Quote("a\tb\"\xff☺\u00ad")` is `"a\tb\"\xff☺\u00ad"`.
pub fn quote(s: &[u8]) -> String {
    quote_with(s, b'"', Mode::Print)
}

/// Go's `strconv.QuoteToASCII`. Go: `QuoteToASCII("☺")` is `"\u263a"`.
pub fn quote_to_ascii(s: &[u8]) -> String {
    quote_with(s, b'"', Mode::Ascii)
}

/// Go's `strconv.QuoteToGraphic`. Go: `QuoteToGraphic("\u00a0")` is `" "` (a raw NBSP).
pub fn quote_to_graphic(s: &[u8]) -> String {
    quote_with(s, b'"', Mode::Graphic)
}

/// Go's `strconv.QuoteRune`. Go: `QuoteRune('\'')` is `'\''`; invalid runes give `'�'`.
pub fn quote_rune(r: i32) -> String {
    quote_rune_with(r, Mode::Print)
}

/// Go's `strconv.QuoteRuneToASCII`. Go: `QuoteRuneToASCII('☺')` is `'\u263a'`.
pub fn quote_rune_to_ascii(r: i32) -> String {
    quote_rune_with(r, Mode::Ascii)
}

/// Go's `strconv.QuoteRuneToGraphic`. Go: `QuoteRuneToGraphic('\t')` is `'\t'`.
pub fn quote_rune_to_graphic(r: i32) -> String {
    quote_rune_with(r, Mode::Graphic)
}

/// Go's `strconv.CanBackquote`: can `s` be a raw string literal unchanged?
///
/// Go: `CanBackquote("a\tb")` is true; `CanBackquote("a\nb")` and ``CanBackquote("`")`` false.
pub fn can_backquote(s: &[u8]) -> bool {
    let mut i = 0;
    while i < s.len() {
        let (r, w) = decode_rune(&s[i..]);
        i += w;
        if w > 1 {
            if r == 0xFEFF {
                return false;
            }
            continue;
        }
        if r == RUNE_ERROR {
            return false;
        }
        if (r < i32::from(b' ') && r != i32::from(b'\t')) || r == i32::from(b'`') || r == 0x7F {
            return false;
        }
    }
    true
}

fn unhex(b: u8) -> Option<i32> {
    char::from(b).to_digit(16).map(|d| d as i32)
}

/// One decoded character of a quoted string: Go's `strconv.UnquoteChar`.
///
/// Returns the value, whether it must be UTF-8 encoded (a multibyte rune or
/// `\u`/`\U` escape) rather than stored as one byte, and the rest of `s`.
/// Go: `UnquoteChar("\\x41rest", '"')` is `('A', false, "rest")`.
pub fn unquote_char(s: &[u8], quote: u8) -> Result<(i32, bool, &[u8]), NumErrorKind> {
    let Some(&c) = s.first() else {
        return Err(NumErrorKind::Syntax);
    };
    if c == quote && (quote == b'\'' || quote == b'"') {
        return Err(NumErrorKind::Syntax);
    }
    if c >= 0x80 {
        let (r, size) = decode_rune(s);
        return Ok((r, true, &s[size..]));
    }
    if c != b'\\' {
        return Ok((i32::from(c), false, &s[1..]));
    }
    let Some(&c) = s.get(1) else {
        return Err(NumErrorKind::Syntax);
    };
    let s = &s[2..];
    let simple = match c {
        b'a' => Some(7),
        b'b' => Some(8),
        b'f' => Some(12),
        b'n' => Some(10),
        b'r' => Some(13),
        b't' => Some(9),
        b'v' => Some(11),
        b'\\' => Some(i32::from(b'\\')),
        b'\'' | b'"' if c == quote => Some(i32::from(c)),
        _ => None,
    };
    if let Some(v) = simple {
        return Ok((v, false, s));
    }
    match c {
        b'x' | b'u' | b'U' => {
            let n = match c {
                b'x' => 2,
                b'u' => 4,
                _ => 8,
            };
            if s.len() < n {
                return Err(NumErrorKind::Syntax);
            }
            let mut v: i64 = 0;
            for &b in &s[..n] {
                v = v << 4 | i64::from(unhex(b).ok_or(NumErrorKind::Syntax)?);
            }
            let v = i32::try_from(v).map_err(|_| NumErrorKind::Syntax)?;
            if c == b'x' {
                return Ok((v, false, &s[n..]));
            }
            if !valid_rune(v) {
                return Err(NumErrorKind::Syntax);
            }
            Ok((v, true, &s[n..]))
        }
        b'0'..=b'7' => {
            if s.len() < 2 {
                return Err(NumErrorKind::Syntax);
            }
            let mut v = i32::from(c - b'0');
            for &b in &s[..2] {
                if !(b'0'..=b'7').contains(&b) {
                    return Err(NumErrorKind::Syntax);
                }
                v = v << 3 | i32::from(b - b'0');
            }
            if v > 255 {
                return Err(NumErrorKind::Syntax);
            }
            Ok((v, false, &s[2..]))
        }
        _ => Err(NumErrorKind::Syntax),
    }
}

/// Go's `strconv.Unquote`: interprets a `"..."`, `` `...` `` or `'...'` literal.
///
/// Go: `Unquote("\"a\\n\"")` is `"a\n"`; `Unquote("'ab'")` fails with `invalid syntax`.
pub fn unquote(s: &[u8]) -> Result<Vec<u8>, NumErrorKind> {
    let (out, rest) = unquote_prefix(s, true)?;
    if rest.is_empty() {
        Ok(out)
    } else {
        Err(NumErrorKind::Syntax)
    }
}

/// Go's `strconv.QuotedPrefix`: the quoted literal at the start of `s`, quotes included.
///
/// Go: `QuotedPrefix("\"hi\" there")` is `"\"hi\""`.
pub fn quoted_prefix(s: &[u8]) -> Result<Vec<u8>, NumErrorKind> {
    unquote_prefix(s, false).map(|(out, _)| out)
}

/// Go's internal `unquote(in, unescape)`: the decoded (or verbatim) literal and the rest.
fn unquote_prefix(input: &[u8], unescape: bool) -> Result<(Vec<u8>, &[u8]), NumErrorKind> {
    if input.len() < 2 {
        return Err(NumErrorKind::Syntax);
    }
    let quote = input[0];
    let end = input[1..]
        .iter()
        .position(|&c| c == quote)
        .ok_or(NumErrorKind::Syntax)?
        + 2;
    match quote {
        b'`' => {
            let out = if !unescape {
                input[..end].to_vec()
            } else {
                input[1..end - 1]
                    .iter()
                    .copied()
                    .filter(|&c| c != b'\r')
                    .collect()
            };
            Ok((out, &input[end..]))
        }
        b'"' | b'\'' => unquote_interpreted(input, quote, end, unescape),
        _ => Err(NumErrorKind::Syntax),
    }
}

fn unquote_interpreted(
    input: &[u8],
    quote: u8,
    end: usize,
    unescape: bool,
) -> Result<(Vec<u8>, &[u8]), NumErrorKind> {
    let body = &input[1..end - 1];
    if !input[..end].contains(&b'\\') && !input[..end].contains(&b'\n') {
        let valid = if quote == b'"' {
            std::str::from_utf8(body).is_ok()
        } else {
            let (r, n) = decode_rune(body);
            n + 2 == end && (r != RUNE_ERROR || n != 1)
        };
        if valid {
            let out = if unescape { body } else { &input[..end] };
            return Ok((out.to_vec(), &input[end..]));
        }
    }
    let mut buf = Vec::new();
    let mut rest = &input[1..];
    while let Some(&c) = rest.first() {
        if c == quote {
            break;
        }
        if c == b'\n' {
            return Err(NumErrorKind::Syntax);
        }
        let (r, multibyte, tail) = unquote_char(rest, quote)?;
        rest = tail;
        if r < 0x80 || !multibyte {
            buf.push(r as u8);
        } else {
            append_rune(&mut buf, r);
        }
        if quote == b'\'' {
            break;
        }
    }
    if rest.first() != Some(&quote) {
        return Err(NumErrorKind::Syntax);
    }
    rest = &rest[1..];
    if unescape {
        Ok((buf, rest))
    } else {
        Ok((input[..input.len() - rest.len()].to_vec(), rest))
    }
}

/// Name of a numeric base in the compiler's escape errors.
fn base_name(base: u32) -> &'static str {
    match base {
        8 => "octal",
        16 => "hexadecimal",
        _ => "decimal",
    }
}

/// Decodes one escape after a backslash in a Go source literal (the compiler's
/// `scanner.escape`). Returns the value, whether it is a code point (`\u`,
/// `\U`) rather than a byte value, and the bytes consumed.
fn source_escape(s: &[u8], quote: u8) -> Result<(u32, bool, usize), String> {
    let Some(&c) = s.first() else {
        return Err(not_terminated(quote));
    };
    let simple = match c {
        b'a' => Some(7),
        b'b' => Some(8),
        b'f' => Some(12),
        b'n' => Some(10),
        b'r' => Some(13),
        b't' => Some(9),
        b'v' => Some(11),
        b'\\' => Some(u32::from(b'\\')),
        _ if c == quote => Some(u32::from(c)),
        _ => None,
    };
    if let Some(v) = simple {
        return Ok((v, false, 1));
    }
    let (n, base, max, skip) = match c {
        b'0'..=b'7' => (3, 8, 255, 0),
        b'x' => (2, 16, 255, 1),
        b'u' => (4, 16, 0x10FFFF, 1),
        b'U' => (8, 16, 0x10FFFF, 1),
        _ => return Err("unknown escape".to_string()),
    };
    let mut x: u32 = 0;
    for k in 0..n {
        let Some(&ch) = s.get(skip + k) else {
            return Err(not_terminated(quote));
        };
        let d = char::from(ch).to_digit(16).unwrap_or(base);
        if d >= base {
            let (r, _) = decode_rune(&s[skip + k..]);
            return Err(format!(
                "invalid character {} in {} escape",
                quote_rune(r),
                base_name(base)
            ));
        }
        x = x.wrapping_mul(base).wrapping_add(d);
    }
    if x > max && base == 8 {
        return Err(format!("octal escape value {x} > 255"));
    }
    if x > max || (0xD800..0xE000).contains(&x) {
        return Err(format!("escape is invalid Unicode code point U+{x:04X}"));
    }
    Ok((x, c == b'u' || c == b'U', skip + n))
}

fn not_terminated(quote: u8) -> String {
    if quote == b'\'' {
        "rune literal not terminated".to_string()
    } else {
        "string not terminated".to_string()
    }
}

/// Decodes a Go string literal as written in source, quotes included.
///
/// Go: `"\xff"` is the single byte 0xFF, `"\u00e9"` is `C3 A9`, and a raw
/// string drops carriage returns (`` `a\r\nb` `` is `a\nb`). Errors carry the
/// compiler's message, e.g. `unknown escape`, `newline in string`.
pub fn decode_string_literal(raw: &str) -> Result<Vec<u8>, String> {
    let b = raw.as_bytes();
    match b.first() {
        Some(b'`') => {
            if b.len() < 2 || b[b.len() - 1] != b'`' || b[1..b.len() - 1].contains(&b'`') {
                return Err("raw string literal not terminated".to_string());
            }
            Ok(b[1..b.len() - 1]
                .iter()
                .copied()
                .filter(|&c| c != b'\r')
                .collect())
        }
        Some(b'"') => decode_interpreted(&b[1..]),
        _ => Err("not a string literal".to_string()),
    }
}

fn decode_interpreted(mut s: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(s.len());
    loop {
        match s.first() {
            None => return Err("string not terminated".to_string()),
            Some(b'"') => {
                return if s.len() == 1 {
                    Ok(out)
                } else {
                    Err("extra text after string literal".to_string())
                };
            }
            Some(b'\n') => return Err("newline in string".to_string()),
            Some(b'\\') => {
                let (v, is_rune, n) = source_escape(&s[1..], b'"')?;
                if is_rune {
                    append_rune(&mut out, v as i32);
                } else {
                    out.push(v as u8);
                }
                s = &s[1 + n..];
            }
            Some(&c) => {
                out.push(c);
                s = &s[1..];
            }
        }
    }
}

/// Decodes a Go rune literal as written in source, quotes included.
///
/// Go: `'a'` is 97, `'\n'` is 10, `'\xff'` is 255, `'\u00e9'` is 233; `'ab'` is the
/// error `more than one character in rune literal`, `''` is
/// `empty rune literal or unescaped '`.
pub fn decode_rune_literal(raw: &str) -> Result<i32, String> {
    let b = raw.as_bytes();
    if b.first() != Some(&b'\'') {
        return Err("not a rune literal".to_string());
    }
    let mut s = &b[1..];
    let mut values = Vec::new();
    loop {
        match s.first() {
            None => return Err("rune literal not terminated".to_string()),
            Some(b'\'') => break,
            Some(b'\n') => return Err("newline in rune literal".to_string()),
            Some(b'\\') => {
                let (v, _, n) = source_escape(&s[1..], b'\'')?;
                values.push(v as i32);
                s = &s[1 + n..];
            }
            Some(_) => {
                let (r, w) = decode_rune(s);
                values.push(r);
                s = &s[w..];
            }
        }
    }
    if s.len() != 1 {
        return Err("extra text after rune literal".to_string());
    }
    match values.as_slice() {
        [] => Err("empty rune literal or unescaped '".to_string()),
        [v] => Ok(*v),
        _ => Err("more than one character in rune literal".to_string()),
    }
}

/// Parses a Go integer literal (`42`, `0x_1F`, `0o17`, `0b1010`, legacy `0777`, `1_000`).
///
/// Go: `0777` is 511, `0_7` is 7; `09`, `1__0`, `_1`, `0x` are invalid (`None`).
pub fn parse_int_literal(raw: &str) -> Option<BigInt> {
    let b = raw.as_bytes();
    let (base, digits, prefixed) = match b {
        [b'0', p, rest @ ..] if p.eq_ignore_ascii_case(&b'x') => (16, rest, true),
        [b'0', p, rest @ ..] if p.eq_ignore_ascii_case(&b'o') => (8, rest, true),
        [b'0', p, rest @ ..] if p.eq_ignore_ascii_case(&b'b') => (2, rest, true),
        [b'0', rest @ ..] if !rest.is_empty() => (8, rest, true),
        _ => (10, b, false),
    };
    // After a prefix an underscore may come first ("0x_1", "0_7"); it never may last
    // or repeat, and without a prefix the literal must start with a digit.
    let mut prev_digit = prefixed;
    let mut clean = Vec::with_capacity(digits.len());
    for &c in digits {
        if c == b'_' {
            if !prev_digit {
                return None;
            }
            prev_digit = false;
            continue;
        }
        char::from(c).to_digit(base)?;
        clean.push(c);
        prev_digit = true;
    }
    if clean.is_empty() || !prev_digit {
        return None;
    }
    BigInt::parse_bytes(&clean, base)
}

/// Parses a Go floating-point literal (`1.5`, `.5`, `1e10`, `1_000.5`, `0x1p-2`, `0x1.8p1`).
///
/// Go: `0x1p-2` is 0.25, `0x1.8` (no exponent) and `1__0.0` are invalid (`None`).
/// Integer literals in decimal are accepted too (`7` is 7.0). A literal too large
/// for float64 gives `Some(±inf)`: Go constants are exact, the caller decides.
pub fn parse_float_literal(raw: &str) -> Option<f64> {
    let first = *raw.as_bytes().first()?;
    if !(first.is_ascii_digit() || first == b'.') {
        return None;
    }
    match parse_float(raw, 64) {
        Ok(f) => Some(f),
        Err(e) if e.kind == NumErrorKind::Range => Some(e.value),
        Err(_) => None,
    }
}

#[cfg(test)]
#[path = "quote_tests.rs"]
mod tests;
