//! `fmt`'s integer verbs `%d %b %o %O %x %X %c %q %U %v` with all flags.
//!
//! A port of `fmt.fmtInteger`, `fmtC`, `fmtQc` and `fmtUnicode` from Go's
//! `fmt/format.go` plus the verb dispatch of `pp.fmtInteger`, so precision vs
//! zero-padding, sign placement and the `#` prefixes match Go exactly.

use super::flags::{FmtFlags, bytes_to_string, pad_bytes, padding};
use super::quote::{is_print_rune, quote_rune, quote_rune_to_ascii};
use super::utf8::{MAX_RUNE, RUNE_ERROR, append_rune};

const LDIGITS: &[u8; 17] = b"0123456789abcdefx";
const UDIGITS: &[u8; 17] = b"0123456789ABCDEFX";

/// Formats an integer for one `fmt` verb; `v` holds the bits (`-1i64 as u64`
/// when `signed`). Returns `None` for verbs `fmt` rejects for integers.
///
/// Go: `Sprintf("%08.3d|%+d|%#x|%#o|%O|%x|% d|%-5d|", 7, 5, 31, 15, 15, -31, 3, 4)` is
/// `     007|+5|0x1f|017|0o17|-1f| 3|4    |`. For `%v`, `+` and `#` are
/// `%+v`/`%#v` modes: `%#v` of an unsigned value is `0x..`, `%+v` changes nothing.
pub fn fmt_integer(v: u64, signed: bool, verb: char, flags: &FmtFlags) -> Option<String> {
    let mut f = *flags;
    let out = match verb {
        'v' => {
            let sharp_v = f.sharp;
            f.plus = false;
            f.sharp = false;
            if sharp_v && !signed {
                f.sharp = true;
                format_integer(v, 16, false, 'v', LDIGITS, &f)
            } else {
                format_integer(v, 10, signed, 'v', LDIGITS, &f)
            }
        }
        'd' => format_integer(v, 10, signed, verb, LDIGITS, &f),
        'b' => format_integer(v, 2, signed, verb, LDIGITS, &f),
        'o' | 'O' => format_integer(v, 8, signed, verb, LDIGITS, &f),
        'x' => format_integer(v, 16, signed, verb, LDIGITS, &f),
        'X' => format_integer(v, 16, signed, verb, UDIGITS, &f),
        'c' => fmt_c(v, &f),
        'q' => fmt_qc(v, &f),
        'U' => fmt_unicode(v, &f),
        _ => return None,
    };
    Some(bytes_to_string(out))
}

/// [`fmt_integer`] for a signed value. Go: `Sprintf("%x", -31)` is `-1f`.
pub fn fmt_int(i: i64, verb: char, flags: &FmtFlags) -> Option<String> {
    fmt_integer(i as u64, true, verb, flags)
}

/// [`fmt_integer`] for an unsigned value. Go: `Sprintf("%#v", uint8(255))` is `0xff`.
pub fn fmt_uint(u: u64, verb: char, flags: &FmtFlags) -> Option<String> {
    fmt_integer(u, false, verb, flags)
}

/// Go's `fmt.fmtInteger`: digits in `base`, precision/zero padding, prefixes, sign.
fn format_integer(
    u: u64,
    base: u64,
    signed: bool,
    verb: char,
    digits: &[u8; 17],
    f: &FmtFlags,
) -> Vec<u8> {
    let negative = signed && (u as i64) < 0;
    let mut u = if negative { u.wrapping_neg() } else { u };
    let mut prec = 0;
    if let Some(p) = f.prec {
        prec = p;
        if p == 0 && u == 0 {
            let mut nozero = *f;
            nozero.zero = false;
            return padding(f.width.unwrap_or(0), &nozero);
        }
    } else if let Some(w) = f.width.filter(|_| f.zero && !f.minus) {
        prec = w;
        if negative || f.plus || f.space {
            prec = prec.saturating_sub(1);
        }
    }
    // Built right to left, then reversed.
    let mut buf = Vec::with_capacity(68);
    while u >= base {
        buf.push(digits[(u % base) as usize]);
        u /= base;
    }
    buf.push(digits[u as usize]);
    while buf.len() < prec {
        buf.push(b'0');
    }
    if f.sharp {
        match base {
            2 => buf.extend_from_slice(b"b0"),
            8 if buf.last() != Some(&b'0') => buf.push(b'0'),
            16 => {
                buf.push(digits[16]);
                buf.push(b'0');
            }
            _ => {}
        }
    }
    if verb == 'O' {
        buf.extend_from_slice(b"o0");
    }
    if negative {
        buf.push(b'-');
    } else if f.plus {
        buf.push(b'+');
    } else if f.space {
        buf.push(b' ');
    }
    buf.reverse();
    let mut nozero = *f;
    nozero.zero = false;
    pad_bytes(&buf, &nozero)
}

/// The rune for `%c`/`%q`: values beyond `MaxRune` become `RuneError`.
fn rune_of(c: u64) -> i32 {
    if c > MAX_RUNE as u64 {
        RUNE_ERROR
    } else {
        c as i32
    }
}

/// Go's `fmt.fmtC`: `%c`. Go: `Sprintf("%c", 0x263a)` is `☺`; invalid gives `�`.
fn fmt_c(c: u64, f: &FmtFlags) -> Vec<u8> {
    let mut buf = Vec::new();
    append_rune(&mut buf, rune_of(c));
    pad_bytes(&buf, f)
}

/// Go's `fmt.fmtQc`: `%q` of a rune, ASCII-only with `+`. Go: `Sprintf("%+q", '☺')` is `'\u263a'`.
fn fmt_qc(c: u64, f: &FmtFlags) -> Vec<u8> {
    let r = rune_of(c);
    let q = if f.plus {
        quote_rune_to_ascii(r)
    } else {
        quote_rune(r)
    };
    pad_bytes(q.as_bytes(), f)
}

/// Go's `fmt.fmtUnicode`: `%U` is `U+0041`, `%#U` is `U+0041 'A'`.
fn fmt_unicode(mut u: u64, f: &FmtFlags) -> Vec<u8> {
    let mut prec = f.prec.filter(|&p| p > 4).unwrap_or(4);
    let mut tail = Vec::new();
    if f.sharp && u <= MAX_RUNE as u64 && is_print_rune(u as i32) {
        tail.extend_from_slice(b" '");
        append_rune(&mut tail, u as i32);
        tail.push(b'\'');
    }
    let mut hex = Vec::new();
    while u >= 16 {
        hex.push(UDIGITS[(u & 0xF) as usize]);
        prec = prec.saturating_sub(1);
        u >>= 4;
    }
    hex.push(UDIGITS[u as usize]);
    prec = prec.saturating_sub(1);
    hex.extend(std::iter::repeat_n(b'0', prec));
    hex.extend_from_slice(b"+U");
    hex.reverse();
    hex.extend(tail);
    let mut nozero = *f;
    nozero.zero = false;
    pad_bytes(&hex, &nozero)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stdlib::format::flags::parse_spec;
    use crate::stdlib::format::string_verbs::{fmt_bool, fmt_bytes, fmt_string};

    mod tables {
        include!("verbs_tests_tables.rs");
    }

    #[test]
    fn integer_verbs_match_go() {
        let mut bad = Vec::new();
        for &(spec, v, signed, want) in tables::INT_VERBS {
            let (flags, verb, suffix) = parse_spec(spec);
            let got = fmt_integer(v, signed, verb, &flags).map(|s| s + suffix);
            if got.as_deref() != want {
                bad.push(format!(
                    "{spec} of {v:#x} (signed {signed}) = {got:?}, want {want:?}"
                ));
            }
        }
        assert!(
            bad.is_empty(),
            "{} mismatches:\n{}",
            bad.len(),
            bad.join("\n")
        );
    }

    #[test]
    fn string_verbs_match_go() {
        let mut bad = Vec::new();
        for &(spec, s, want_s, want_b) in tables::STRING_VERBS {
            let (flags, verb, suffix) = parse_spec(spec);
            let with_suffix = |mut v: Vec<u8>| {
                v.extend_from_slice(suffix.as_bytes());
                v
            };
            let got = fmt_string(s, verb, &flags).map(with_suffix);
            if got.as_deref() != want_s {
                bad.push(format!("{spec} of string {s:?} = {got:?}, want {want_s:?}"));
            }
            let got = fmt_bytes(s, verb, &flags, "[]byte").map(with_suffix);
            if got.as_deref() != want_b {
                bad.push(format!("{spec} of []byte {s:?} = {got:?}, want {want_b:?}"));
            }
        }
        for &(spec, b, want) in tables::BOOL_VERBS {
            let (flags, verb, suffix) = parse_spec(spec);
            let got = fmt_bool(b, verb, &flags).map(|s| s + suffix);
            if got.as_deref() != want {
                bad.push(format!("{spec} of {b} = {got:?}, want {want:?}"));
            }
        }
        assert!(
            bad.is_empty(),
            "{} mismatches:\n{}",
            bad.len(),
            bad.join("\n")
        );
    }
}
