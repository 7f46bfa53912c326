//! `fmt`'s verbs for strings, byte slices and booleans: `%s %q %x %X %v %t`.
//!
//! A port of `fmtS`, `fmtBs`, `fmtQ`, `fmtSbx` and `fmtBoolean` from Go's
//! `fmt/format.go` and the dispatch of `pp.fmtString`/`pp.fmtBytes`. Go
//! strings are bytes, so these take and return `[u8]`: `%s` of invalid UTF-8
//! passes the bytes through unchanged.

use super::flags::{FmtFlags, pad_bytes, padding};
use super::integer_verbs::fmt_integer;
use super::quote::{can_backquote, quote, quote_to_ascii};
use super::utf8::decode_rune;

/// Formats a string for one `fmt` verb (`v s x X q`); `None` for other verbs.
///
/// Go: `Sprintf("%5.2s|%q|%#q|%+q|% x|%#X", "héllo", "a\n", "a", "☺", "hi", "hi")`
/// is `   hé|"a\n"|`a`|"\u263a"|68 69|0X6869`. `%#v` quotes (never backquotes).
pub fn fmt_string(s: &[u8], verb: char, flags: &FmtFlags) -> Option<Vec<u8>> {
    let mut f = *flags;
    Some(match verb {
        'v' => {
            let sharp_v = f.sharp;
            f.sharp = false;
            f.plus = false;
            if sharp_v { fmt_q(s, &f) } else { fmt_s(s, &f) }
        }
        's' => fmt_s(s, &f),
        'x' => fmt_sbx(s, &f, false),
        'X' => fmt_sbx(s, &f, true),
        'q' => fmt_q(s, &f),
        _ => return None,
    })
}

/// Formats a `[]byte` for one `fmt` verb (`v d s x X q`); `None` for other verbs.
///
/// Go: `Sprintf("%v %d %s %x", b, b, b, b)` for `[]byte("hi")` is `[104 105] [104 105] hi 6869`,
/// and `%#v` is `[]byte{0x68, 0x69}` (`type_name` supplies the `[]byte` part).
pub fn fmt_bytes(b: &[u8], verb: char, flags: &FmtFlags, type_name: &str) -> Option<Vec<u8>> {
    let mut f = *flags;
    if verb == 'v' {
        let sharp_v = f.sharp;
        f.sharp = false;
        f.plus = false;
        if sharp_v {
            return Some(bytes_go_syntax(b, &f, type_name));
        }
    }
    Some(match verb {
        'v' | 'd' => {
            let mut out = vec![b'['];
            for (i, &c) in b.iter().enumerate() {
                if i > 0 {
                    out.push(b' ');
                }
                out.extend(fmt_integer(u64::from(c), false, 'd', &f)?.bytes());
            }
            out.push(b']');
            out
        }
        's' => pad_bytes(truncate(b, &f), &f),
        'x' => fmt_sbx(b, &f, false),
        'X' => fmt_sbx(b, &f, true),
        'q' => fmt_q(b, &f),
        _ => return None,
    })
}

/// `%#v` of a byte slice: `[]byte{0x68, 0x69}`.
fn bytes_go_syntax(b: &[u8], f: &FmtFlags, type_name: &str) -> Vec<u8> {
    let mut out = type_name.as_bytes().to_vec();
    out.push(b'{');
    let mut hex = *f;
    hex.sharp = true;
    for (i, &c) in b.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(b", ");
        }
        out.extend(
            fmt_integer(u64::from(c), false, 'x', &hex)
                .unwrap_or_default()
                .bytes(),
        );
    }
    out.push(b'}');
    out
}

/// Formats a bool for `%t`/`%v`; `None` for other verbs. Go: `Sprintf("%-6t|", true)` is `true  |`.
pub fn fmt_bool(b: bool, verb: char, flags: &FmtFlags) -> Option<String> {
    if verb != 't' && verb != 'v' {
        return None;
    }
    let s = if b { "true" } else { "false" };
    Some(super::flags::pad(s, flags))
}

/// Go's `truncate`: keep at most `prec` runes.
fn truncate<'a>(s: &'a [u8], f: &FmtFlags) -> &'a [u8] {
    let Some(mut n) = f.prec else {
        return s;
    };
    let mut i = 0;
    while i < s.len() {
        if n == 0 {
            return &s[..i];
        }
        n -= 1;
        i += decode_rune(&s[i..]).1;
    }
    s
}

/// Go's `fmtS`: `%s`, truncated to the precision and padded.
fn fmt_s(s: &[u8], f: &FmtFlags) -> Vec<u8> {
    pad_bytes(truncate(s, f), f)
}

/// Go's `fmtQ`: `%q`, backquoted with `#` when possible, ASCII-only with `+`.
fn fmt_q(s: &[u8], f: &FmtFlags) -> Vec<u8> {
    let s = truncate(s, f);
    if f.sharp && can_backquote(s) {
        let mut out = vec![b'`'];
        out.extend_from_slice(s);
        out.push(b'`');
        return pad_bytes(&out, f);
    }
    let q = if f.plus { quote_to_ascii(s) } else { quote(s) };
    pad_bytes(q.as_bytes(), f)
}

/// Go's `fmtSbx`: hex bytes, `% x` spaced, `#` adds `0x` (to each byte with space).
fn fmt_sbx(s: &[u8], f: &FmtFlags, upper: bool) -> Vec<u8> {
    let digits: &[u8; 16] = if upper {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    let x = if upper { b'X' } else { b'x' };
    let length = f.prec.map_or(s.len(), |p| p.min(s.len()));
    if length == 0 {
        return f.width.map(|w| padding(w, f)).unwrap_or_default();
    }
    let mut width = 2 * length;
    if f.space {
        if f.sharp {
            width *= 2;
        }
        width += length - 1;
    } else if f.sharp {
        width += 2;
    }
    let fill = match f.width {
        Some(w) if w > width => padding(w - width, f),
        _ => Vec::new(),
    };
    let mut out = Vec::with_capacity(width + fill.len());
    if !f.minus {
        out.extend_from_slice(&fill);
    }
    if f.sharp {
        out.extend_from_slice(&[b'0', x]);
    }
    for (i, &c) in s[..length].iter().enumerate() {
        if f.space && i > 0 {
            out.push(b' ');
            if f.sharp {
                out.extend_from_slice(&[b'0', x]);
            }
        }
        out.push(digits[usize::from(c >> 4)]);
        out.push(digits[usize::from(c & 0xF)]);
    }
    if f.minus {
        out.extend_from_slice(&fill);
    }
    out
}
