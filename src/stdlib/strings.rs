//! Package `strings`: the native string functions (searching, splitting,
//! joining, trimming, case mapping, replacing). Builder, Replacer, Reader
//! and the functions taking a callback (`Map`, `IndexFunc`, `FieldsFunc`,
//! `TrimFunc`...) are Go code in `decls/strings.go`.
//!
//! Go strings are bytes: everything here works on `&[u8]`, and decodes
//! runes the way Go's `range` does (an invalid byte is `U+FFFD`, width 1).
//! The pure functions are shared with package `bytes`.

use super::format::utf8::{append_rune, decode_rune, rune_count};
use super::unicode;
use super::utf8::{RUNE_ERROR, decode_last_rune};
use super::vals::{R, boolean, int, many, panic_str, string, string_slice};
use crate::vm::native::{NativeCtx, NativeFn};
use crate::vm::value::{Value, str_value};

/// Go's `strings.Index`: first index of `sub` in `s`, or -1; 0 for an empty `sub`.
pub fn index(s: &[u8], sub: &[u8]) -> i64 {
    if sub.is_empty() {
        return 0;
    }
    if sub.len() > s.len() {
        return -1;
    }
    s.windows(sub.len())
        .position(|w| w == sub)
        .map_or(-1, |i| i as i64)
}

/// Go's `strings.LastIndex`: `len(s)` for an empty `sub`.
pub fn last_index(s: &[u8], sub: &[u8]) -> i64 {
    if sub.is_empty() {
        return s.len() as i64;
    }
    if sub.len() > s.len() {
        return -1;
    }
    s.windows(sub.len())
        .rposition(|w| w == sub)
        .map_or(-1, |i| i as i64)
}

pub fn index_byte(s: &[u8], c: u8) -> i64 {
    s.iter().position(|&b| b == c).map_or(-1, |i| i as i64)
}

pub fn last_index_byte(s: &[u8], c: u8) -> i64 {
    s.iter().rposition(|&b| b == c).map_or(-1, |i| i as i64)
}

/// Go's `strings.IndexRune`: `RuneError` matches the first invalid byte
/// or a real U+FFFD; an invalid rune matches nothing.
pub fn index_rune(s: &[u8], r: i32) -> i64 {
    if (0..0x80).contains(&r) {
        return index_byte(s, r as u8);
    }
    if r == RUNE_ERROR {
        let mut i = 0;
        while i < s.len() {
            let (c, w) = decode_rune(&s[i..]);
            if c == RUNE_ERROR {
                return i as i64;
            }
            i += w;
        }
        return -1;
    }
    if !super::format::utf8::valid_rune(r) {
        return -1;
    }
    let mut enc = Vec::new();
    append_rune(&mut enc, r);
    index(s, &enc)
}

/// The runes of `s` with their byte offsets and widths, as `range` yields them.
pub fn runes(s: &[u8]) -> impl Iterator<Item = (usize, i32, usize)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        if i >= s.len() {
            return None;
        }
        let (r, w) = decode_rune(&s[i..]);
        let at = i;
        i += w;
        Some((at, r, w))
    })
}

pub fn index_any(s: &[u8], chars: &[u8]) -> i64 {
    if chars.is_empty() {
        return -1;
    }
    runes(s)
        .find(|&(_, r, _)| index_rune(chars, r) >= 0)
        .map_or(-1, |(i, _, _)| i as i64)
}

pub fn last_index_any(s: &[u8], chars: &[u8]) -> i64 {
    if chars.is_empty() {
        return -1;
    }
    let mut end = s.len();
    while end > 0 {
        let (r, w) = decode_last_rune(&s[..end]);
        end -= w;
        if index_rune(chars, r) >= 0 {
            return end as i64;
        }
    }
    -1
}

/// Go's `strings.Count`: non-overlapping instances; `RuneCount(s)+1` for an empty `sub`.
pub fn count(s: &[u8], sub: &[u8]) -> i64 {
    if sub.is_empty() {
        return rune_count(s) as i64 + 1;
    }
    let mut n = 0;
    let mut s = s;
    loop {
        let i = index(s, sub);
        if i < 0 {
            return n;
        }
        n += 1;
        s = &s[i as usize + sub.len()..];
    }
}

/// Go's `explode`: `s` split into UTF-8 sequences (an invalid byte is its
/// own piece), at most `n` pieces (`n < 0`: all).
fn explode(s: &[u8], n: i64) -> Vec<&[u8]> {
    let l = rune_count(s) as i64;
    let n = if n < 0 || n > l { l } else { n } as usize;
    let mut out = Vec::with_capacity(n);
    let mut s = s;
    while out.len() + 1 < n {
        let (_, w) = decode_rune(s);
        out.push(&s[..w]);
        s = &s[w..];
    }
    if n > 0 {
        out.push(s);
    }
    out
}

/// Go's `genSplit`: `None` is a nil slice (`n == 0`).
///
/// Go: `Split("", ",")` is `[""]`; `Split("a,b,", ",")` is `["a" "b" ""]`;
/// `Split("abc", "")` is `["a" "b" "c"]`; `SplitN(s, sep, 0)` is nil.
pub fn gen_split<'a>(s: &'a [u8], sep: &[u8], sep_save: usize, n: i64) -> Option<Vec<&'a [u8]>> {
    if n == 0 {
        return None;
    }
    if sep.is_empty() {
        return Some(explode(s, n));
    }
    let mut n = if n < 0 { count(s, sep) + 1 } else { n };
    if n > s.len() as i64 + 1 {
        n = s.len() as i64 + 1;
    }
    let mut out = Vec::with_capacity(n as usize);
    let mut s = s;
    while (out.len() as i64) < n - 1 {
        let m = index(s, sep);
        if m < 0 {
            break;
        }
        let m = m as usize;
        out.push(&s[..m + sep_save]);
        s = &s[m + sep.len()..];
    }
    out.push(s);
    Some(out)
}

/// Go's `strings.Fields`: the non-empty runs between Unicode white space.
pub fn fields(s: &[u8]) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, r, _) in runes(s) {
        if unicode::is_space(r) {
            if let Some(st) = start.take() {
                out.push(&s[st..i]);
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(st) = start {
        out.push(&s[st..]);
    }
    out
}

pub fn join<B: AsRef<[u8]>>(elems: &[B], sep: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    for (i, e) in elems.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(e.as_ref());
    }
    out
}

/// Go's `strings.Repeat`: panics on a negative count or an overflowing result.
pub fn repeat(s: &[u8], count: i64, pkg: &str) -> Result<Vec<u8>, crate::vm::panic::Panic> {
    if count < 0 {
        return Err(panic_str(&format!("{pkg}: negative Repeat count")));
    }
    let total = (s.len() as u64).checked_mul(count as u64);
    match total {
        Some(t) if t <= i64::MAX as u64 && t < (1 << 40) => Ok(s.repeat(count as usize)),
        _ => Err(panic_str(&format!("{pkg}: Repeat output length overflow"))),
    }
}

/// Go's `strings.Replace`: the first `n` (all if `n < 0`) non-overlapping
/// instances of `old`; an empty `old` matches before each rune and at the end.
pub fn replace(s: &[u8], old: &[u8], new: &[u8], n: i64) -> Vec<u8> {
    if old == new || n == 0 {
        return s.to_vec();
    }
    let m = count(s, old);
    if m == 0 {
        return s.to_vec();
    }
    let n = if n < 0 || m < n { m } else { n };
    let mut out = Vec::with_capacity(s.len() + (n as usize) * new.len());
    let mut start = 0usize;
    for i in 0..n {
        let mut j = start;
        if old.is_empty() {
            if i > 0 {
                j += decode_rune(&s[start..]).1;
            }
        } else {
            j += index(&s[start..], old) as usize;
        }
        out.extend_from_slice(&s[start..j]);
        out.extend_from_slice(new);
        start = j + old.len();
    }
    out.extend_from_slice(&s[start..]);
    out
}

/// Go's `strings.Map` for a Rust mapping: each rune mapped, negative results
/// dropped, invalid bytes becoming U+FFFD.
pub fn map_runes(s: &[u8], f: impl Fn(i32) -> i32) -> Vec<u8> {
    if s.is_ascii() {
        // every ASCII rune maps to a single rune here (the case mappings)
        let mapped: Vec<i32> = s.iter().map(|&b| f(b as i32)).collect();
        if mapped.iter().all(|&r| (0..0x80).contains(&r)) {
            return mapped.into_iter().map(|r| r as u8).collect();
        }
    }
    let mut out = Vec::with_capacity(s.len());
    for (_, r, _) in runes(s) {
        let m = f(r);
        if m >= 0 {
            append_rune(&mut out, m);
        }
    }
    out
}

pub fn to_upper(s: &[u8]) -> Vec<u8> {
    map_runes(s, unicode::to_upper)
}
pub fn to_lower(s: &[u8]) -> Vec<u8> {
    map_runes(s, unicode::to_lower)
}
pub fn to_title(s: &[u8]) -> Vec<u8> {
    map_runes(s, unicode::to_title)
}

/// Go's `isSeparator` for the deprecated `strings.Title`.
fn is_separator(r: i32) -> bool {
    if r <= 0x7F {
        let c = r as u8;
        return !(c.is_ascii_alphanumeric() || c == b'_');
    }
    if unicode::is_letter(r) || unicode::is_digit(r) {
        return false;
    }
    unicode::is_space(r)
}

/// Go's deprecated `strings.Title`: the first letter of each word to title case.
pub fn title(s: &[u8]) -> Vec<u8> {
    let prev = std::cell::Cell::new(' ' as i32);
    map_runes_always(s, |r| {
        let sep = is_separator(prev.get());
        prev.set(r);
        if sep { unicode::to_title(r) } else { r }
    })
}

fn map_runes_always(s: &[u8], mut f: impl FnMut(i32) -> i32) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for (_, r, _) in runes(s) {
        let m = f(r);
        if m >= 0 {
            append_rune(&mut out, m);
        }
    }
    out
}

/// Go's `strings.ToValidUTF8`: each run of invalid bytes replaced by `rep`.
pub fn to_valid_utf8(s: &[u8], rep: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut invalid = false;
    for (i, r, w) in runes(s) {
        if r == RUNE_ERROR && w == 1 {
            if !invalid {
                out.extend_from_slice(rep);
                invalid = true;
            }
        } else {
            out.extend_from_slice(&s[i..i + w]);
            invalid = false;
        }
    }
    out
}

/// Go's `strings.EqualFold`: equal under simple Unicode case folding.
pub fn equal_fold(s: &[u8], t: &[u8]) -> bool {
    let (mut s, mut t) = (s, t);
    while !s.is_empty() && !t.is_empty() {
        let (sr, sw) = decode_rune(s);
        let (tr, tw) = decode_rune(t);
        s = &s[sw..];
        t = &t[tw..];
        if sr == tr {
            continue;
        }
        let (sr, tr) = if tr < sr { (tr, sr) } else { (sr, tr) };
        if tr < 0x80 {
            if (b'A' as i32..=b'Z' as i32).contains(&sr) && tr == sr + 32 {
                continue;
            }
            return false;
        }
        let mut r = unicode::simple_fold(sr);
        while r != sr && r < tr {
            r = unicode::simple_fold(r);
        }
        if r == tr {
            continue;
        }
        return false;
    }
    s.is_empty() && t.is_empty()
}

fn in_cutset(cutset: &[u8], r: i32) -> bool {
    index_rune(cutset, r) >= 0
}

pub fn trim_left<'a>(s: &'a [u8], cutset: &[u8]) -> &'a [u8] {
    trim_left_func(s, |r| in_cutset(cutset, r))
}

pub fn trim_right<'a>(s: &'a [u8], cutset: &[u8]) -> &'a [u8] {
    trim_right_func(s, |r| in_cutset(cutset, r))
}

pub fn trim_left_func(s: &[u8], f: impl Fn(i32) -> bool) -> &[u8] {
    for (i, r, _) in runes(s) {
        if !f(r) {
            return &s[i..];
        }
    }
    &s[s.len()..]
}

pub fn trim_right_func(s: &[u8], f: impl Fn(i32) -> bool) -> &[u8] {
    let mut end = s.len();
    while end > 0 {
        let (r, w) = decode_last_rune(&s[..end]);
        if !f(r) {
            break;
        }
        end -= w;
    }
    &s[..end]
}

pub fn trim_space(s: &[u8]) -> &[u8] {
    trim_right_func(trim_left_func(s, unicode::is_space), unicode::is_space)
}

// ---- natives ----

fn s(a: &[Value], i: usize) -> &[u8] {
    a[i].str()
}

fn clone(_: &mut NativeCtx, a: &[Value]) -> R {
    Ok(crate::vm::native::NativeOut::One(a[0].clone()))
}
fn compare(_: &mut NativeCtx, a: &[Value]) -> R {
    int(s(a, 0).cmp(s(a, 1)) as i64)
}
fn contains(_: &mut NativeCtx, a: &[Value]) -> R {
    boolean(index(s(a, 0), s(a, 1)) >= 0)
}
fn contains_any(_: &mut NativeCtx, a: &[Value]) -> R {
    boolean(index_any(s(a, 0), s(a, 1)) >= 0)
}
fn contains_rune(_: &mut NativeCtx, a: &[Value]) -> R {
    boolean(index_rune(s(a, 0), a[1].int() as i32) >= 0)
}
fn count_n(_: &mut NativeCtx, a: &[Value]) -> R {
    int(count(s(a, 0), s(a, 1)))
}
/// `Cut(s, sep)`: `(before, after, true)`, or `(s, "", false)`.
fn cut(_: &mut NativeCtx, a: &[Value]) -> R {
    let (x, sep) = (s(a, 0), s(a, 1));
    let i = index(x, sep);
    if i >= 0 {
        let i = i as usize;
        return many(vec![
            str_value(&x[..i]),
            str_value(&x[i + sep.len()..]),
            Value::Bool(true),
        ]);
    }
    many(vec![a[0].clone(), str_value(b""), Value::Bool(false)])
}
fn cut_prefix(_: &mut NativeCtx, a: &[Value]) -> R {
    match s(a, 0).strip_prefix(s(a, 1)) {
        Some(rest) => many(vec![str_value(rest), Value::Bool(true)]),
        None => many(vec![a[0].clone(), Value::Bool(false)]),
    }
}
fn cut_suffix(_: &mut NativeCtx, a: &[Value]) -> R {
    match s(a, 0).strip_suffix(s(a, 1)) {
        Some(rest) => many(vec![str_value(rest), Value::Bool(true)]),
        None => many(vec![a[0].clone(), Value::Bool(false)]),
    }
}
fn equal_fold_n(_: &mut NativeCtx, a: &[Value]) -> R {
    boolean(equal_fold(s(a, 0), s(a, 1)))
}
fn fields_n(_: &mut NativeCtx, a: &[Value]) -> R {
    super::vals::one(string_slice(fields(s(a, 0))))
}
fn has_prefix(_: &mut NativeCtx, a: &[Value]) -> R {
    boolean(s(a, 0).starts_with(s(a, 1)))
}
fn has_suffix(_: &mut NativeCtx, a: &[Value]) -> R {
    boolean(s(a, 0).ends_with(s(a, 1)))
}
fn index_n(_: &mut NativeCtx, a: &[Value]) -> R {
    int(index(s(a, 0), s(a, 1)))
}
fn index_any_n(_: &mut NativeCtx, a: &[Value]) -> R {
    int(index_any(s(a, 0), s(a, 1)))
}
fn index_byte_n(_: &mut NativeCtx, a: &[Value]) -> R {
    int(index_byte(s(a, 0), a[1].int() as u8))
}
fn index_rune_n(_: &mut NativeCtx, a: &[Value]) -> R {
    int(index_rune(s(a, 0), a[1].int() as i32))
}
fn join_n(_: &mut NativeCtx, a: &[Value]) -> R {
    let elems = super::vals::elems_of(&a[0]);
    let parts: Vec<&[u8]> = elems.iter().map(|v| v.str()).collect();
    string(&join(&parts, s(a, 1)))
}
fn last_index_n(_: &mut NativeCtx, a: &[Value]) -> R {
    int(last_index(s(a, 0), s(a, 1)))
}
fn last_index_any_n(_: &mut NativeCtx, a: &[Value]) -> R {
    int(last_index_any(s(a, 0), s(a, 1)))
}
fn last_index_byte_n(_: &mut NativeCtx, a: &[Value]) -> R {
    int(last_index_byte(s(a, 0), a[1].int() as u8))
}
fn repeat_n(_: &mut NativeCtx, a: &[Value]) -> R {
    string(&repeat(s(a, 0), a[1].int(), "strings")?)
}
fn replace_n(_: &mut NativeCtx, a: &[Value]) -> R {
    string(&replace(s(a, 0), s(a, 1), s(a, 2), a[3].int()))
}
fn replace_all(_: &mut NativeCtx, a: &[Value]) -> R {
    string(&replace(s(a, 0), s(a, 1), s(a, 2), -1))
}
fn split_result(v: Option<Vec<&[u8]>>) -> R {
    super::vals::one(match v {
        Some(parts) => string_slice(parts),
        None => Value::Nil,
    })
}
fn split(_: &mut NativeCtx, a: &[Value]) -> R {
    split_result(gen_split(s(a, 0), s(a, 1), 0, -1))
}
fn split_after(_: &mut NativeCtx, a: &[Value]) -> R {
    split_result(gen_split(s(a, 0), s(a, 1), s(a, 1).len(), -1))
}
fn split_after_n(_: &mut NativeCtx, a: &[Value]) -> R {
    split_result(gen_split(s(a, 0), s(a, 1), s(a, 1).len(), a[2].int()))
}
fn split_n(_: &mut NativeCtx, a: &[Value]) -> R {
    split_result(gen_split(s(a, 0), s(a, 1), 0, a[2].int()))
}
fn title_n(_: &mut NativeCtx, a: &[Value]) -> R {
    string(&title(s(a, 0)))
}
fn to_lower_n(_: &mut NativeCtx, a: &[Value]) -> R {
    string(&to_lower(s(a, 0)))
}
fn to_title_n(_: &mut NativeCtx, a: &[Value]) -> R {
    string(&to_title(s(a, 0)))
}
fn to_upper_n(_: &mut NativeCtx, a: &[Value]) -> R {
    string(&to_upper(s(a, 0)))
}
fn to_valid_utf8_n(_: &mut NativeCtx, a: &[Value]) -> R {
    string(&to_valid_utf8(s(a, 0), s(a, 1)))
}
fn trim(_: &mut NativeCtx, a: &[Value]) -> R {
    let cut = s(a, 1);
    string(trim_right(trim_left(s(a, 0), cut), cut))
}
fn trim_left_n(_: &mut NativeCtx, a: &[Value]) -> R {
    string(trim_left(s(a, 0), s(a, 1)))
}
fn trim_prefix(_: &mut NativeCtx, a: &[Value]) -> R {
    string(s(a, 0).strip_prefix(s(a, 1)).unwrap_or(s(a, 0)))
}
fn trim_right_n(_: &mut NativeCtx, a: &[Value]) -> R {
    string(trim_right(s(a, 0), s(a, 1)))
}
fn trim_space_n(_: &mut NativeCtx, a: &[Value]) -> R {
    string(trim_space(s(a, 0)))
}
fn trim_suffix(_: &mut NativeCtx, a: &[Value]) -> R {
    string(s(a, 0).strip_suffix(s(a, 1)).unwrap_or(s(a, 0)))
}

pub fn natives() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("strings.Clone", clone as NativeFn),
        ("strings.Compare", compare),
        ("strings.Contains", contains),
        ("strings.ContainsAny", contains_any),
        ("strings.ContainsRune", contains_rune),
        ("strings.Count", count_n),
        ("strings.Cut", cut),
        ("strings.CutPrefix", cut_prefix),
        ("strings.CutSuffix", cut_suffix),
        ("strings.EqualFold", equal_fold_n),
        ("strings.Fields", fields_n),
        ("strings.HasPrefix", has_prefix),
        ("strings.HasSuffix", has_suffix),
        ("strings.Index", index_n),
        ("strings.IndexAny", index_any_n),
        ("strings.IndexByte", index_byte_n),
        ("strings.IndexRune", index_rune_n),
        ("strings.Join", join_n),
        ("strings.LastIndex", last_index_n),
        ("strings.LastIndexAny", last_index_any_n),
        ("strings.LastIndexByte", last_index_byte_n),
        ("strings.Repeat", repeat_n),
        ("strings.Replace", replace_n),
        ("strings.ReplaceAll", replace_all),
        ("strings.Split", split),
        ("strings.SplitAfter", split_after),
        ("strings.SplitAfterN", split_after_n),
        ("strings.SplitN", split_n),
        ("strings.Title", title_n),
        ("strings.ToLower", to_lower_n),
        ("strings.ToTitle", to_title_n),
        ("strings.ToUpper", to_upper_n),
        ("strings.ToValidUTF8", to_valid_utf8_n),
        ("strings.Trim", trim),
        ("strings.TrimLeft", trim_left_n),
        ("strings.TrimPrefix", trim_prefix),
        ("strings.TrimRight", trim_right_n),
        ("strings.TrimSpace", trim_space_n),
        ("strings.TrimSuffix", trim_suffix),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split_s(s: &str, sep: &str, n: i64) -> Option<Vec<String>> {
        gen_split(s.as_bytes(), sep.as_bytes(), 0, n).map(|v| {
            v.into_iter()
                .map(|p| String::from_utf8_lossy(p).into_owned())
                .collect()
        })
    }

    #[test]
    fn split_like_go() {
        assert_eq!(split_s("", ",", -1), Some(vec!["".to_string()]));
        assert_eq!(
            split_s("a,b,", ",", -1),
            Some(vec!["a".into(), "b".into(), "".into()])
        );
        assert_eq!(
            split_s("abc", "", -1),
            Some(vec!["a".into(), "b".into(), "c".into()])
        );
        assert_eq!(
            split_s("a,b,c", ",", 2),
            Some(vec!["a".into(), "b,c".into()])
        );
        assert_eq!(split_s("a,b,c", ",", 0), None);
        assert_eq!(split_s("", "", -1), Some(vec![]));
        assert_eq!(
            split_s("héllo", "", 3),
            Some(vec!["h".into(), "é".into(), "llo".into()])
        );
        let after: Vec<&[u8]> = gen_split(b"a,b", b",", 1, -1).unwrap();
        assert_eq!(after, vec![&b"a,"[..], &b"b"[..]]);
    }

    #[test]
    fn search_like_go() {
        assert_eq!(index(b"chicken", b"ken"), 4);
        assert_eq!(index(b"x", b""), 0);
        assert_eq!(last_index(b"go gopher", b"go"), 3);
        assert_eq!(last_index(b"abc", b""), 3);
        assert_eq!(count(b"cheese", b"e"), 3);
        assert_eq!(count("five".as_bytes(), b""), 5);
        assert_eq!(count(b"aaaa", b"aa"), 2);
        assert_eq!(index_rune("chicken".as_bytes(), 'k' as i32), 4);
        assert_eq!(index_rune(b"a\xffb", RUNE_ERROR), 1);
        assert_eq!(index_rune(b"abc", 0xD800), -1);
        assert_eq!(index_any("golang".as_bytes(), b"y"), -1);
        assert_eq!(index_any("chicken".as_bytes(), b"kmr"), 4);
        assert_eq!(last_index_any("go gopher".as_bytes(), b"go"), 4);
    }

    #[test]
    fn transform_like_go() {
        assert_eq!(
            replace(b"oink oink oink", b"k", b"ky", 2),
            b"oinky oinky oink"
        );
        assert_eq!(
            replace(b"oink oink oink", b"oink", b"moo", -1),
            b"moo moo moo"
        );
        assert_eq!(replace("aé".as_bytes(), b"", b"-", -1), "-a-é-".as_bytes());
        assert_eq!(to_upper("héllo wörld".as_bytes()), "HÉLLO WÖRLD".as_bytes());
        assert_eq!(to_lower(b"A\xffB"), "a\u{FFFD}b".as_bytes());
        assert_eq!(title(b"her royal highness"), b"Her Royal Highness");
        assert_eq!(to_valid_utf8(b"a\xff\xfeb\xffc", b"?"), b"a?b?c");
        assert!(equal_fold(b"Go", b"GO"));
        assert!(equal_fold("σ".as_bytes(), "Σ".as_bytes()));
        assert!(equal_fold("k".as_bytes(), "\u{212A}".as_bytes()));
        assert!(!equal_fold(b"a", b"ab"));
        assert_eq!(
            trim_space(" \t\n Hello, Gophers \n\t\r\n".as_bytes()),
            b"Hello, Gophers"
        );
        assert_eq!(trim_space("\u{3000}x\u{85}".as_bytes()), b"x");
        assert_eq!(trim_left(b"xxhixx", b"x"), b"hixx");
        assert_eq!(
            trim_right("¡¡¡Hello, Gophers!!!".as_bytes(), "!¡".as_bytes()),
            "¡¡¡Hello, Gophers".as_bytes()
        );
        let f: Vec<&[u8]> = fields(b"  foo bar  baz   ");
        assert_eq!(f, vec![&b"foo"[..], b"bar", b"baz"]);
        assert!(fields(b"   ").is_empty());
        assert_eq!(join(&[&b"a"[..], b"b"], b", "), b"a, b");
        assert!(repeat(b"x", -1, "strings").is_err());
        assert_eq!(repeat(b"ab", 3, "strings").unwrap(), b"ababab");
    }
}
