//! Go's `unicode/utf8` decoding rules over byte strings.
//!
//! Go strings are arbitrary bytes; every routine that walks them rune by rune
//! (quoting, `%q`, width counting) must treat an invalid byte as one
//! `RuneError` of width 1, exactly as `utf8.DecodeRune` does.

/// The replacement rune `U+FFFD`, Go's `utf8.RuneError`.
pub const RUNE_ERROR: i32 = 0xFFFD;

/// Largest valid code point, Go's `utf8.MaxRune`.
pub const MAX_RUNE: i32 = 0x10FFFF;

/// Decodes the first rune of `b`: Go's `utf8.DecodeRune`.
///
/// Go: `utf8.DecodeRune([]byte("\xffa"))` is `(RuneError, 1)`; empty input is `(RuneError, 0)`.
pub fn decode_rune(b: &[u8]) -> (i32, usize) {
    if b.is_empty() {
        return (RUNE_ERROR, 0);
    }
    if b[0] < 0x80 {
        return (i32::from(b[0]), 1);
    }
    let n = b.len().min(4);
    let valid = match std::str::from_utf8(&b[..n]) {
        Ok(s) => s,
        // valid_up_to marks a prefix that is valid UTF-8 by definition.
        Err(e) => std::str::from_utf8(&b[..e.valid_up_to()]).unwrap_or(""),
    };
    match valid.chars().next() {
        Some(c) => (c as i32, c.len_utf8()),
        None => (RUNE_ERROR, 1),
    }
}

/// Number of runes in `b`, counting each invalid byte as one: Go's `utf8.RuneCount`.
///
/// Go: `utf8.RuneCount([]byte("h\xffé"))` is 3.
pub fn rune_count(b: &[u8]) -> usize {
    let mut i = 0;
    let mut n = 0;
    while i < b.len() {
        let (_, w) = decode_rune(&b[i..]);
        i += w;
        n += 1;
    }
    n
}

/// Whether `r` is a Unicode scalar value: Go's `utf8.ValidRune`.
///
/// Go: `utf8.ValidRune(0xD800)` is false.
pub fn valid_rune(r: i32) -> bool {
    (0..0xD800).contains(&r) || (0xE000..=MAX_RUNE).contains(&r)
}

/// Appends the UTF-8 encoding of `r` (RuneError if invalid): Go's `utf8.AppendRune`.
///
/// Go: `utf8.AppendRune(nil, -1)` is `"\uFFFD"`.
pub fn append_rune(buf: &mut Vec<u8>, r: i32) {
    let c = u32::try_from(r)
        .ok()
        .and_then(char::from_u32)
        .unwrap_or('\u{FFFD}');
    let mut tmp = [0u8; 4];
    buf.extend_from_slice(c.encode_utf8(&mut tmp).as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_like_go() {
        assert_eq!(decode_rune(b"a"), (97, 1));
        assert_eq!(decode_rune("é".as_bytes()), (0xE9, 2));
        assert_eq!(decode_rune(b"\xff"), (RUNE_ERROR, 1));
        assert_eq!(decode_rune(b"\xed\xa0\x80"), (RUNE_ERROR, 1)); // surrogate
        assert_eq!(decode_rune(b"\xc0\x80"), (RUNE_ERROR, 1)); // overlong
        assert_eq!(decode_rune(b"\xe2\x82"), (RUNE_ERROR, 1)); // truncated
        assert_eq!(decode_rune("€x".as_bytes()), (0x20AC, 3));
        assert_eq!(rune_count(b"h\xff\xc3\xa9"), 3);
    }
}
