//! Package `unicode/utf8`: decoding and encoding runes over Go's byte
//! strings, on top of `format::utf8` (an invalid byte decodes as
//! `(RuneError, 1)`, the empty input as `(RuneError, 0)`).

use super::format::utf8::{append_rune, decode_rune, rune_count, valid_rune};
use super::vals::{R, boolean, byte_slice, bytes_of, int, many, rune_arg};
use crate::vm::native::{NativeCtx, NativeFn};
use crate::vm::value::Value;

pub const RUNE_ERROR: i32 = 0xFFFD;
pub const RUNE_SELF: u8 = 0x80;

/// Go's `utf8.DecodeLastRune`: the last rune of `p` and its width;
/// `(RuneError, 1)` if the tail is not a complete valid encoding.
pub fn decode_last_rune(p: &[u8]) -> (i32, usize) {
    let end = p.len();
    if end == 0 {
        return (RUNE_ERROR, 0);
    }
    let mut start = end - 1;
    if p[start] < RUNE_SELF {
        return (p[start] as i32, 1);
    }
    let lim = end.saturating_sub(4);
    // back up over at most three continuation bytes to a starting byte
    while start > lim {
        start -= 1;
        if rune_start(p[start]) {
            break;
        }
    }
    let (r, size) = decode_rune(&p[start..end]);
    if start + size != end {
        return (RUNE_ERROR, 1);
    }
    (r, size)
}

/// Go's `utf8.RuneStart`: not a continuation byte.
pub fn rune_start(b: u8) -> bool {
    b & 0xC0 != 0x80
}

/// Go's `utf8.RuneLen`: bytes needed to encode `r`, or -1 if it is not a
/// valid rune (negative, a surrogate, or beyond U+10FFFF).
pub fn rune_len(r: i32) -> i64 {
    match r {
        _ if r < 0 => -1,
        0..=0x7F => 1,
        0x80..=0x7FF => 2,
        0xD800..=0xDFFF => -1,
        0x800..=0xFFFF => 3,
        0x10000..=0x10FFFF => 4,
        _ => -1,
    }
}

/// Go's `utf8.FullRune`: does `p` begin with a full encoding (or an
/// invalid one, which decodes as an error of width 1)?
pub fn full_rune(p: &[u8]) -> bool {
    let Some(&b0) = p.first() else { return false };
    let need = match b0 {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return true,
    };
    if p.len() >= need {
        return true;
    }
    // a short input is full if a byte present already makes it invalid
    let (lo, hi) = match b0 {
        0xE0 => (0xA0, 0xBF),
        0xED => (0x80, 0x9F),
        0xF0 => (0x90, 0xBF),
        0xF4 => (0x80, 0x8F),
        _ => (0x80, 0xBF),
    };
    if p.len() > 1 && !(lo..=hi).contains(&p[1]) {
        return true;
    }
    if p.len() > 2 && !(0x80..=0xBF).contains(&p[2]) {
        return true;
    }
    false
}

pub fn valid(p: &[u8]) -> bool {
    std::str::from_utf8(p).is_ok()
}

fn decode_pair((r, n): (i32, usize)) -> R {
    many(vec![Value::Int(r as i64), Value::Int(n as i64)])
}

fn append_rune_n(_: &mut NativeCtx, a: &[Value]) -> R {
    let mut b = bytes_of(&a[0]);
    append_rune(&mut b, rune_arg(&a[1]));
    // Go appends in place when there is room; a fresh slice is observably
    // the same except for aliasing, which programs do not rely on here.
    super::vals::one(byte_slice(&b))
}
fn decode_last_rune_n(_: &mut NativeCtx, a: &[Value]) -> R {
    decode_pair(decode_last_rune(&bytes_of(&a[0])))
}
fn decode_last_rune_in_string(_: &mut NativeCtx, a: &[Value]) -> R {
    decode_pair(decode_last_rune(a[0].str()))
}
fn decode_rune_n(_: &mut NativeCtx, a: &[Value]) -> R {
    decode_pair(decode_rune(&bytes_of(&a[0])))
}
fn decode_rune_in_string(_: &mut NativeCtx, a: &[Value]) -> R {
    decode_pair(decode_rune(a[0].str()))
}
/// `utf8.EncodeRune(p, r)`: writes into `p`; panics (index out of range)
/// if `p` is too short, as Go does.
fn encode_rune(ctx: &mut NativeCtx, a: &[Value]) -> R {
    let mut enc = Vec::new();
    append_rune(&mut enc, rune_arg(&a[1]));
    let Value::Slice(s) = &a[0] else {
        return Err(ctx.prog().index_error(enc.len() as i64 - 1, 0));
    };
    if (s.len as usize) < enc.len() {
        return Err(ctx.prog().index_error(enc.len() as i64 - 1, s.len as usize));
    }
    for (i, b) in enc.iter().enumerate() {
        s.store.store(s.off as usize + i, Value::Int(*b as i64));
    }
    int(enc.len() as i64)
}
fn full_rune_n(_: &mut NativeCtx, a: &[Value]) -> R {
    boolean(full_rune(&bytes_of(&a[0])))
}
fn full_rune_in_string(_: &mut NativeCtx, a: &[Value]) -> R {
    boolean(full_rune(a[0].str()))
}
fn rune_count_n(_: &mut NativeCtx, a: &[Value]) -> R {
    int(rune_count(&bytes_of(&a[0])) as i64)
}
fn rune_count_in_string(_: &mut NativeCtx, a: &[Value]) -> R {
    int(rune_count(a[0].str()) as i64)
}
fn rune_len_n(_: &mut NativeCtx, a: &[Value]) -> R {
    int(rune_len(rune_arg(&a[0])))
}
fn rune_start_n(_: &mut NativeCtx, a: &[Value]) -> R {
    boolean(rune_start(a[0].int() as u8))
}
fn valid_n(_: &mut NativeCtx, a: &[Value]) -> R {
    boolean(valid(&bytes_of(&a[0])))
}
fn valid_rune_n(_: &mut NativeCtx, a: &[Value]) -> R {
    boolean(valid_rune(rune_arg(&a[0])))
}
fn valid_string(_: &mut NativeCtx, a: &[Value]) -> R {
    boolean(valid(a[0].str()))
}

pub fn natives() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("unicode/utf8.AppendRune", append_rune_n as NativeFn),
        ("unicode/utf8.DecodeLastRune", decode_last_rune_n),
        (
            "unicode/utf8.DecodeLastRuneInString",
            decode_last_rune_in_string,
        ),
        ("unicode/utf8.DecodeRune", decode_rune_n),
        ("unicode/utf8.DecodeRuneInString", decode_rune_in_string),
        ("unicode/utf8.EncodeRune", encode_rune),
        ("unicode/utf8.FullRune", full_rune_n),
        ("unicode/utf8.FullRuneInString", full_rune_in_string),
        ("unicode/utf8.RuneCount", rune_count_n),
        ("unicode/utf8.RuneCountInString", rune_count_in_string),
        ("unicode/utf8.RuneLen", rune_len_n),
        ("unicode/utf8.RuneStart", rune_start_n),
        ("unicode/utf8.Valid", valid_n),
        ("unicode/utf8.ValidRune", valid_rune_n),
        ("unicode/utf8.ValidString", valid_string),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_last_like_go() {
        assert_eq!(decode_last_rune(b""), (RUNE_ERROR, 0));
        assert_eq!(decode_last_rune(b"ab"), ('b' as i32, 1));
        assert_eq!(decode_last_rune("a€".as_bytes()), (0x20AC, 3));
        assert_eq!(decode_last_rune(b"a\xff"), (RUNE_ERROR, 1));
        assert_eq!(decode_last_rune(b"\xe2\x82"), (RUNE_ERROR, 1));
        assert_eq!(decode_last_rune("😀".as_bytes()), (0x1F600, 4));
    }

    #[test]
    fn lengths_like_go() {
        assert_eq!(rune_len('a' as i32), 1);
        assert_eq!(rune_len('é' as i32), 2);
        assert_eq!(rune_len('€' as i32), 3);
        assert_eq!(rune_len(0x1F600), 4);
        assert_eq!(rune_len(0xD800), -1);
        assert_eq!(rune_len(-1), -1);
        assert!(
            full_rune(b"a") && !full_rune(b"\xe2\x82") && full_rune(b"\xe2a") && !full_rune(b"")
        );
        assert!(full_rune(b"\xff"));
    }
}
