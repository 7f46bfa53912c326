//! Package `unicode`: rune classes (`IsLetter`, `IsDigit`, `IsSpace`,
//! `IsUpper`, `IsLower`, `IsPunct`, ...) and case mapping (`ToUpper`,
//! `ToLower`, `ToTitle`, `To`, `SimpleFold`), exactly Go's: the tables in
//! `unicode_tables.rs` are generated from Go's own `unicode` package.
//! `strings` and `bytes` use the pure functions here.

use super::format::quote::{is_graphic, is_print_rune};
use super::unicode_tables as t;
use super::vals::{R, boolean, int, rune_arg};
use crate::vm::native::{NativeCtx, NativeFn};
use crate::vm::value::Value;

pub const MAX_RUNE: i32 = 0x10FFFF;
pub const REPLACEMENT_CHAR: i32 = 0xFFFD;
const UPPER_CASE: i64 = 0;
const LOWER_CASE: i64 = 1;
const TITLE_CASE: i64 = 2;
/// A `CASE_RANGES` delta meaning "alternate upper and lower case".
const UPPER_LOWER: i32 = MAX_RUNE + 1;

/// Go's `unicode.Is(table, r)` over a generated `(lo, hi, stride)` table.
fn is_in(table: &[(u32, u32, u32)], r: i32) -> bool {
    if r < 0 {
        return false;
    }
    let r = r as u32;
    // the last range starting at or before r
    let i = table.partition_point(|&(lo, _, _)| lo <= r);
    if i == 0 {
        return false;
    }
    let (lo, hi, stride) = table[i - 1];
    r <= hi && (r - lo).is_multiple_of(stride)
}

/// Go: the Latin-1 white space is `'\t', '\n', '\v', '\f', '\r', ' ', U+0085, U+00A0`;
/// beyond it, the `White_Space` property.
pub fn is_space(r: i32) -> bool {
    if (0..=0xFF).contains(&r) {
        return matches!(r, 0x09..=0x0D | 0x20 | 0x85 | 0xA0);
    }
    is_in(t::WHITE_SPACE, r)
}
pub fn is_letter(r: i32) -> bool {
    is_in(t::LETTER, r)
}
pub fn is_digit(r: i32) -> bool {
    if (0..=0xFF).contains(&r) {
        return (b'0' as i32..=b'9' as i32).contains(&r);
    }
    is_in(t::DIGIT, r)
}
pub fn is_number(r: i32) -> bool {
    is_in(t::NUMBER, r)
}
pub fn is_upper(r: i32) -> bool {
    is_in(t::UPPER, r)
}
pub fn is_lower(r: i32) -> bool {
    is_in(t::LOWER, r)
}
/// Go: no Latin-1 rune is a title-case letter.
pub fn is_title(r: i32) -> bool {
    r > 0xFF && is_in(t::TITLE, r)
}
pub fn is_mark(r: i32) -> bool {
    is_in(t::MARK, r)
}
pub fn is_punct(r: i32) -> bool {
    is_in(t::PUNCT, r)
}
pub fn is_symbol(r: i32) -> bool {
    is_in(t::SYMBOL, r)
}
/// Go: the control characters are the Latin-1 C0 and C1 codes only.
pub fn is_control(r: i32) -> bool {
    (0..0x20).contains(&r) || (0x7F..0xA0).contains(&r)
}

/// Go's `unicode.To(_case, r)`: `U+FFFD` for an invalid case.
pub fn to_case(case: i64, r: i32) -> i32 {
    if !(0..3).contains(&case) {
        return REPLACEMENT_CHAR;
    }
    if r < 0 {
        return r;
    }
    let ru = r as u32;
    let i = t::CASE_RANGES.partition_point(|&(lo, _, _)| lo <= ru);
    if i == 0 {
        return r;
    }
    let (lo, hi, delta) = t::CASE_RANGES[i - 1];
    if ru > hi {
        return r;
    }
    let d = delta[case as usize];
    if d > MAX_RUNE {
        debug_assert_eq!(d, UPPER_LOWER);
        // the ranges alternate Upper, Lower, Upper...: the even ones are upper
        let lo = lo as i32;
        return lo + (((r - lo) & !1) | (case as i32 & 1));
    }
    r + d
}

pub fn to_upper(r: i32) -> i32 {
    if r < 0x80 {
        return if (b'a' as i32..=b'z' as i32).contains(&r) {
            r - 32
        } else {
            r
        };
    }
    to_case(UPPER_CASE, r)
}
pub fn to_lower(r: i32) -> i32 {
    if r < 0x80 {
        return if (b'A' as i32..=b'Z' as i32).contains(&r) {
            r + 32
        } else {
            r
        };
    }
    to_case(LOWER_CASE, r)
}
pub fn to_title(r: i32) -> i32 {
    if r < 0x80 {
        return if (b'a' as i32..=b'z' as i32).contains(&r) {
            r - 32
        } else {
            r
        };
    }
    to_case(TITLE_CASE, r)
}

/// Go's `unicode.SimpleFold`: the next rune in `r`'s case-folding orbit
/// (`SimpleFold('A')` is `'a'`, `SimpleFold('a')` is `'A'`,
/// `SimpleFold('K')` is `'k'`, `SimpleFold('k')` is `'\u212A'` (Kelvin)).
pub fn simple_fold(r: i32) -> i32 {
    if !(0..=MAX_RUNE).contains(&r) {
        return r;
    }
    if let Ok(i) = t::FOLD.binary_search_by_key(&(r as u32), |&(k, _)| k) {
        return t::FOLD[i].1 as i32;
    }
    let l = to_lower(r);
    if l != r { l } else { to_upper(r) }
}

macro_rules! rune_pred {
    ($name:ident, $f:expr) => {
        fn $name(_: &mut NativeCtx, a: &[Value]) -> R {
            boolean($f(rune_arg(&a[0])))
        }
    };
}
macro_rules! rune_map {
    ($name:ident, $f:expr) => {
        fn $name(_: &mut NativeCtx, a: &[Value]) -> R {
            int($f(rune_arg(&a[0])) as i64)
        }
    };
}

rune_pred!(is_control_n, is_control);
rune_pred!(is_digit_n, is_digit);
rune_pred!(is_graphic_n, is_graphic);
rune_pred!(is_letter_n, is_letter);
rune_pred!(is_lower_n, is_lower);
rune_pred!(is_mark_n, is_mark);
rune_pred!(is_number_n, is_number);
rune_pred!(is_print_n, is_print_rune);
rune_pred!(is_punct_n, is_punct);
rune_pred!(is_space_n, is_space);
rune_pred!(is_symbol_n, is_symbol);
rune_pred!(is_title_n, is_title);
rune_pred!(is_upper_n, is_upper);
rune_map!(simple_fold_n, simple_fold);
rune_map!(to_lower_n, to_lower);
rune_map!(to_title_n, to_title);
rune_map!(to_upper_n, to_upper);

/// `isTable(id, r)`: membership in a built-in `RangeTable` (by its id).
fn is_table(_: &mut NativeCtx, a: &[Value]) -> R {
    let table = t::BY_ID.get(a[0].int() as usize).copied().unwrap_or(&[]);
    boolean(is_in(table, rune_arg(&a[1])))
}

/// `unicode.To(_case, r)`.
fn to_n(_: &mut NativeCtx, a: &[Value]) -> R {
    int(to_case(a[0].int(), rune_arg(&a[1])) as i64)
}

pub fn natives() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("unicode.IsControl", is_control_n as NativeFn),
        ("unicode.IsDigit", is_digit_n),
        ("unicode.IsGraphic", is_graphic_n),
        ("unicode.IsLetter", is_letter_n),
        ("unicode.IsLower", is_lower_n),
        ("unicode.IsMark", is_mark_n),
        ("unicode.IsNumber", is_number_n),
        ("unicode.IsPrint", is_print_n),
        ("unicode.IsPunct", is_punct_n),
        ("unicode.IsSpace", is_space_n),
        ("unicode.IsSymbol", is_symbol_n),
        ("unicode.IsTitle", is_title_n),
        ("unicode.IsUpper", is_upper_n),
        ("unicode.SimpleFold", simple_fold_n),
        ("unicode.To", to_n),
        ("unicode.isTable", is_table),
        ("unicode.ToLower", to_lower_n),
        ("unicode.ToTitle", to_title_n),
        ("unicode.ToUpper", to_upper_n),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_like_go() {
        assert!(is_letter('a' as i32) && is_letter('é' as i32) && is_letter('世' as i32));
        assert!(!is_letter('1' as i32) && !is_letter(-1));
        assert!(is_digit('7' as i32) && is_digit('٣' as i32) && !is_digit('Ⅷ' as i32));
        assert!(is_number('Ⅷ' as i32));
        assert!(is_space(' ' as i32) && is_space(0x85) && is_space(0x2003) && !is_space(0x200B));
        assert!(is_upper('É' as i32) && !is_upper('é' as i32) && is_lower('ß' as i32));
        assert!(is_punct('!' as i32) && !is_punct('+' as i32) && is_symbol('+' as i32));
        assert!(is_title(0x1C5) && !is_title('A' as i32));
        assert!(is_control('\n' as i32) && !is_control(' ' as i32));
    }

    #[test]
    fn case_like_go() {
        assert_eq!(to_upper('a' as i32), 'A' as i32);
        assert_eq!(to_upper('é' as i32), 'É' as i32);
        assert_eq!(to_upper('ß' as i32), 'ß' as i32);
        assert_eq!(to_lower('Σ' as i32), 'σ' as i32);
        assert_eq!(to_upper(0x1C6), 0x1C4);
        assert_eq!(to_title(0x1C6), 0x1C5);
        assert_eq!(to_lower(0x100), 0x101); // UpperLower range
        assert_eq!(to_upper(0x101), 0x100);
        assert_eq!(to_case(5, 'a' as i32), REPLACEMENT_CHAR);
        assert_eq!(simple_fold('A' as i32), 'a' as i32);
        assert_eq!(simple_fold('a' as i32), 'A' as i32);
        assert_eq!(simple_fold('K' as i32), 'k' as i32);
        assert_eq!(simple_fold('k' as i32), 0x212A);
        assert_eq!(simple_fold(0x212A), 'K' as i32);
        assert_eq!(simple_fold('1' as i32), '1' as i32);
        assert_eq!(simple_fold(-2), -2);
    }
}
