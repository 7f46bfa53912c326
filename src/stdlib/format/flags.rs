//! The flag set of one `fmt` verb and Go's width padding rule.
//!
//! Mirrors the `fmtFlags`/`wid`/`prec` fields of Go's `fmt.fmt` and its
//! `pad`/`writePadding` methods, which every verb implementation shares.

use super::utf8::rune_count;

/// Flags, width and precision of one verb, e.g. `%-+#08.3x`.
///
/// These are the flags as the verb implementation sees them. Note that Go's
/// `Printf` clears `+` and `#` for `%v` (they become `%+v`/`%#v` modes); the
/// verb functions here that accept `'v'` apply that rule themselves.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FmtFlags {
    /// `+`: always print a sign (or ASCII-only quoting for `%+q`).
    pub plus: bool,
    /// `-`: pad on the right instead of the left.
    pub minus: bool,
    /// `#`: alternate form.
    pub sharp: bool,
    /// `0`: pad with leading zeros (ignored when `minus` is set).
    pub zero: bool,
    /// ` `: leave a space for an elided sign; `% x` spaces between bytes.
    pub space: bool,
    /// Minimum width in runes.
    pub width: Option<usize>,
    /// Precision.
    pub prec: Option<usize>,
}

impl FmtFlags {
    /// Flags with only a width set, e.g. `%5d`.
    pub fn with_width(width: usize) -> Self {
        FmtFlags {
            width: Some(width),
            ..FmtFlags::default()
        }
    }

    /// Flags with only a precision set, e.g. `%.2f`.
    pub fn with_prec(prec: usize) -> Self {
        FmtFlags {
            prec: Some(prec),
            ..FmtFlags::default()
        }
    }
}

/// `n` padding bytes: zeros if `zero` is set and not `minus`, otherwise spaces.
///
/// Go: `writePadding` — `%05s` of `"ab"` pads with zeros (`000ab`), `%-05d` with spaces.
pub fn padding(n: usize, flags: &FmtFlags) -> Vec<u8> {
    let byte = if flags.zero && !flags.minus {
        b'0'
    } else {
        b' '
    };
    vec![byte; n]
}

/// Pads `b` to the width (counted in runes) on the left, or the right with `-`.
///
/// Go: `fmt.pad` — `Printf("%5s|%-5s|", "ab", "ab")` is `   ab|ab   |`.
pub fn pad_bytes(b: &[u8], flags: &FmtFlags) -> Vec<u8> {
    let width = match flags.width {
        Some(w) if w > 0 => w,
        _ => return b.to_vec(),
    };
    let fill = padding(width.saturating_sub(rune_count(b)), flags);
    let mut out = Vec::with_capacity(b.len() + fill.len());
    if flags.minus {
        out.extend_from_slice(b);
        out.extend_from_slice(&fill);
    } else {
        out.extend_from_slice(&fill);
        out.extend_from_slice(b);
    }
    out
}

/// [`pad_bytes`] for text that is already valid UTF-8.
///
/// Go: `Printf("%05s", "ab")` is `000ab`.
pub fn pad(s: &str, flags: &FmtFlags) -> String {
    bytes_to_string(pad_bytes(s.as_bytes(), flags))
}

/// Converts bytes built only from valid UTF-8 pieces and ASCII padding.
pub(crate) fn bytes_to_string(b: Vec<u8>) -> String {
    String::from_utf8(b).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Test helper: splits a spec like `%-08.3f|` into flags, verb and literal suffix.
#[cfg(test)]
pub(crate) fn parse_spec(spec: &str) -> (FmtFlags, char, &str) {
    let mut f = FmtFlags::default();
    let b = spec.as_bytes();
    assert_eq!(b[0], b'%', "spec must start with %: {spec}");
    let mut i = 1;
    while i < b.len() {
        match b[i] {
            b'+' => f.plus = true,
            b'-' => f.minus = true,
            b'#' => f.sharp = true,
            b'0' => f.zero = true,
            b' ' => f.space = true,
            _ => break,
        }
        i += 1;
    }
    let num = |i: &mut usize| {
        let start = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        spec[start..*i].parse::<usize>().ok()
    };
    f.width = num(&mut i);
    if b[i] == b'.' {
        i += 1;
        f.prec = Some(num(&mut i).unwrap_or(0));
    }
    let verb = spec[i..].chars().next().expect("spec has a verb");
    (f, verb, &spec[i + verb.len_utf8()..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pads_like_go() {
        let mut f = FmtFlags::with_width(5);
        assert_eq!(pad("ab", &f), "   ab");
        f.zero = true;
        assert_eq!(pad("ab", &f), "000ab");
        f.minus = true;
        assert_eq!(pad("ab", &f), "ab   ");
        assert_eq!(pad("héllo!", &f), "héllo!");
        assert_eq!(pad_bytes(b"\xff", &FmtFlags::with_width(3)), b"  \xff");
    }
}
