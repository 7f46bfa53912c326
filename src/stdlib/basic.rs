//! First natives of strings, strconv, math, sort, unicode/utf8, unicode and
//! errors: enough for the conformance programs. The stdlib owner completes
//! and reorganises these (one file per package).

use super::format;
use crate::vm::heap::Store;
use crate::vm::native::{NativeCtx, NativeFn, NativeOut};
use crate::vm::ops::{decode_rune, encode_rune};
use crate::vm::panic::Panic;
use crate::vm::value::{Iface, Ptr, Slice, Value, WHOLE, str_value};
use std::sync::Arc;

type R = Result<NativeOut, Panic>;

fn s(v: &Value) -> &[u8] {
    v.str()
}
fn one(v: Value) -> R {
    Ok(NativeOut::One(v))
}
fn st(b: &[u8]) -> R {
    one(str_value(b))
}
fn int(i: i64) -> R {
    one(Value::Int(i))
}
fn boolean(b: bool) -> R {
    one(Value::Bool(b))
}
fn float(f: f64) -> R {
    one(Value::Float(f))
}

fn str_slice(items: Vec<Vec<u8>>) -> Value {
    let n = items.len();
    let store = Store::from_values(items.iter().map(|b| str_value(b)).collect());
    Value::Slice(Slice::new(Arc::new(store), 0, n as u32, n as u32))
}

fn slice_items(v: &Value) -> Vec<Value> {
    match v {
        Value::Slice(sl) => (0..sl.len as usize)
            .map(|i| sl.store.load(sl.off as usize + i))
            .collect(),
        _ => vec![],
    }
}

fn find(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(0);
    }
    h.windows(n.len()).position(|w| w == n)
}

fn rfind(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(h.len());
    }
    h.windows(n.len()).rposition(|w| w == n)
}

fn runes(b: &[u8]) -> Vec<(i64, usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let (r, w) = decode_rune(b, i);
        out.push((r, i, w.max(1)));
        i += w.max(1);
    }
    out
}

fn is_space(r: i64) -> bool {
    matches!(r, 0x09..=0x0d | 0x20 | 0x85 | 0xA0 | 0x1680 | 0x2000..=0x200a | 0x2028 | 0x2029 | 0x202f | 0x205f | 0x3000)
}

fn map_runes(b: &[u8], mut f: impl FnMut(char) -> String) -> Vec<u8> {
    let mut out = Vec::new();
    for (r, i, w) in runes(b) {
        match char::from_u32(r as u32) {
            Some(c) if !(r == 0xFFFD && w == 1 && b[i] != 0xEF) => {
                out.extend_from_slice(f(c).as_bytes())
            }
            _ => out.extend_from_slice(&b[i..i + w]),
        }
    }
    out
}

fn split(h: &[u8], sep: &[u8], n: i64, after: bool) -> Vec<Vec<u8>> {
    if n == 0 {
        return vec![];
    }
    if sep.is_empty() {
        let rs = runes(h);
        let mut out: Vec<Vec<u8>> = Vec::new();
        for (k, (_, i, w)) in rs.iter().enumerate() {
            if n > 0 && out.len() as i64 == n - 1 {
                out.push(h[*i..].to_vec());
                return out;
            }
            let _ = k;
            out.push(h[*i..*i + *w].to_vec());
        }
        return out;
    }
    let mut out = Vec::new();
    let mut rest = h;
    while n < 0 || (out.len() as i64) < n - 1 {
        match find(rest, sep) {
            Some(p) => {
                let end = if after { p + sep.len() } else { p };
                out.push(rest[..end].to_vec());
                rest = &rest[p + sep.len()..];
            }
            None => break,
        }
    }
    out.push(rest.to_vec());
    out
}

fn trim_set(b: &[u8], set: &[u8], left: bool, right: bool) -> Vec<u8> {
    let cut: Vec<i64> = runes(set).into_iter().map(|r| r.0).collect();
    trim_func(b, |r| cut.contains(&r), left, right)
}

fn trim_func(b: &[u8], f: impl Fn(i64) -> bool, left: bool, right: bool) -> Vec<u8> {
    let rs = runes(b);
    let mut lo = 0;
    let mut hi = rs.len();
    if left {
        while lo < hi && f(rs[lo].0) {
            lo += 1;
        }
    }
    if right {
        while hi > lo && f(rs[hi - 1].0) {
            hi -= 1;
        }
    }
    if lo >= hi {
        return vec![];
    }
    b[rs[lo].1..rs[hi - 1].1 + rs[hi - 1].2].to_vec()
}

fn strings_natives() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("strings.Clone", |_, a| st(s(&a[0]))),
        ("strings.Compare", |_, a| int(s(&a[0]).cmp(s(&a[1])) as i64)),
        ("strings.Contains", |_, a| {
            boolean(find(s(&a[0]), s(&a[1])).is_some())
        }),
        ("strings.ContainsAny", |_, a| {
            let set: Vec<i64> = runes(s(&a[1])).into_iter().map(|r| r.0).collect();
            boolean(runes(s(&a[0])).iter().any(|r| set.contains(&r.0)))
        }),
        ("strings.ContainsRune", |_, a| {
            boolean(runes(s(&a[0])).iter().any(|r| r.0 == a[1].int()))
        }),
        ("strings.Count", |_, a| {
            let (h, n) = (s(&a[0]), s(&a[1]));
            if n.is_empty() {
                return int(runes(h).len() as i64 + 1);
            }
            let mut c = 0;
            let mut rest = h;
            while let Some(p) = find(rest, n) {
                c += 1;
                rest = &rest[p + n.len()..];
            }
            int(c)
        }),
        ("strings.Cut", |_, a| {
            let (h, sep) = (s(&a[0]), s(&a[1]));
            Ok(match find(h, sep) {
                Some(p) => NativeOut::Many(vec![
                    str_value(&h[..p]),
                    str_value(&h[p + sep.len()..]),
                    Value::Bool(true),
                ]),
                None => NativeOut::Many(vec![a[0].clone(), str_value(b""), Value::Bool(false)]),
            })
        }),
        ("strings.CutPrefix", |_, a| {
            let (h, p) = (s(&a[0]), s(&a[1]));
            Ok(if h.starts_with(p) {
                NativeOut::Many(vec![str_value(&h[p.len()..]), Value::Bool(true)])
            } else {
                NativeOut::Many(vec![a[0].clone(), Value::Bool(false)])
            })
        }),
        ("strings.CutSuffix", |_, a| {
            let (h, p) = (s(&a[0]), s(&a[1]));
            Ok(if h.ends_with(p) {
                NativeOut::Many(vec![str_value(&h[..h.len() - p.len()]), Value::Bool(true)])
            } else {
                NativeOut::Many(vec![a[0].clone(), Value::Bool(false)])
            })
        }),
        ("strings.EqualFold", |_, a| {
            let f = |b: &[u8]| map_runes(b, |c| c.to_lowercase().collect());
            boolean(f(s(&a[0])) == f(s(&a[1])))
        }),
        ("strings.Fields", |_, a| {
            let b = s(&a[0]);
            let mut out = Vec::new();
            let mut cur: Option<usize> = None;
            for (r, i, _) in runes(b) {
                if is_space(r) {
                    if let Some(st) = cur.take() {
                        out.push(b[st..i].to_vec());
                    }
                } else if cur.is_none() {
                    cur = Some(i);
                }
            }
            if let Some(st) = cur {
                out.push(b[st..].to_vec());
            }
            one(str_slice(out))
        }),
        ("strings.HasPrefix", |_, a| {
            boolean(s(&a[0]).starts_with(s(&a[1])))
        }),
        ("strings.HasSuffix", |_, a| {
            boolean(s(&a[0]).ends_with(s(&a[1])))
        }),
        ("strings.Index", |_, a| {
            int(find(s(&a[0]), s(&a[1])).map(|p| p as i64).unwrap_or(-1))
        }),
        ("strings.IndexAny", |_, a| {
            let set: Vec<i64> = runes(s(&a[1])).into_iter().map(|r| r.0).collect();
            int(runes(s(&a[0]))
                .iter()
                .find(|r| set.contains(&r.0))
                .map(|r| r.1 as i64)
                .unwrap_or(-1))
        }),
        ("strings.IndexByte", |_, a| {
            int(s(&a[0])
                .iter()
                .position(|&b| b as i64 == a[1].int())
                .map(|p| p as i64)
                .unwrap_or(-1))
        }),
        ("strings.IndexRune", |_, a| {
            int(runes(s(&a[0]))
                .iter()
                .find(|r| r.0 == a[1].int())
                .map(|r| r.1 as i64)
                .unwrap_or(-1))
        }),
        ("strings.Join", |_, a| {
            let items = slice_items(&a[0]);
            let mut out = Vec::new();
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    out.extend_from_slice(s(&a[1]));
                }
                out.extend_from_slice(it.str());
            }
            st(&out)
        }),
        ("strings.LastIndex", |_, a| {
            int(rfind(s(&a[0]), s(&a[1])).map(|p| p as i64).unwrap_or(-1))
        }),
        ("strings.LastIndexByte", |_, a| {
            int(s(&a[0])
                .iter()
                .rposition(|&b| b as i64 == a[1].int())
                .map(|p| p as i64)
                .unwrap_or(-1))
        }),
        ("strings.Repeat", |ctx, a| {
            let n = a[1].int();
            if n < 0 {
                return Err(Panic::value(Value::Iface(Arc::new(Iface {
                    ty: crate::types::ty::TypeTable::STRING,
                    val: Value::str_from("strings: negative Repeat count"),
                }))));
            }
            let _ = ctx;
            st(&s(&a[0]).repeat(n as usize))
        }),
        ("strings.Replace", |_, a| {
            st(&replace(s(&a[0]), s(&a[1]), s(&a[2]), a[3].int()))
        }),
        ("strings.ReplaceAll", |_, a| {
            st(&replace(s(&a[0]), s(&a[1]), s(&a[2]), -1))
        }),
        ("strings.Split", |_, a| {
            one(str_slice(split(s(&a[0]), s(&a[1]), -1, false)))
        }),
        ("strings.SplitN", |_, a| {
            one(str_slice(split(s(&a[0]), s(&a[1]), a[2].int(), false)))
        }),
        ("strings.SplitAfter", |_, a| {
            one(str_slice(split(s(&a[0]), s(&a[1]), -1, true)))
        }),
        ("strings.SplitAfterN", |_, a| {
            one(str_slice(split(s(&a[0]), s(&a[1]), a[2].int(), true)))
        }),
        ("strings.Title", |_, a| {
            let mut prev_letter = false;
            st(&map_runes(s(&a[0]), |c| {
                let r = if !prev_letter {
                    c.to_uppercase().collect()
                } else {
                    c.to_string()
                };
                prev_letter = c.is_alphanumeric() || c == '_' || c == '\'';
                r
            }))
        }),
        ("strings.ToLower", |_, a| {
            st(&map_runes(s(&a[0]), |c| c.to_lowercase().collect()))
        }),
        ("strings.ToUpper", |_, a| {
            st(&map_runes(s(&a[0]), |c| c.to_uppercase().collect()))
        }),
        ("strings.ToTitle", |_, a| {
            st(&map_runes(s(&a[0]), |c| c.to_uppercase().collect()))
        }),
        ("strings.Trim", |_, a| {
            st(&trim_set(s(&a[0]), s(&a[1]), true, true))
        }),
        ("strings.TrimLeft", |_, a| {
            st(&trim_set(s(&a[0]), s(&a[1]), true, false))
        }),
        ("strings.TrimRight", |_, a| {
            st(&trim_set(s(&a[0]), s(&a[1]), false, true))
        }),
        ("strings.TrimSpace", |_, a| {
            st(&trim_func(s(&a[0]), is_space, true, true))
        }),
        ("strings.TrimPrefix", |_, a| {
            st(s(&a[0]).strip_prefix(s(&a[1])).unwrap_or(s(&a[0])))
        }),
        ("strings.TrimSuffix", |_, a| {
            st(s(&a[0]).strip_suffix(s(&a[1])).unwrap_or(s(&a[0])))
        }),
    ]
}

fn replace(h: &[u8], old: &[u8], new: &[u8], n: i64) -> Vec<u8> {
    if n == 0 || old == new {
        return h.to_vec();
    }
    let mut out = Vec::new();
    let mut done = 0;
    if old.is_empty() {
        let rs = runes(h);
        for (k, (_, i, w)) in rs.iter().enumerate() {
            if n < 0 || done < n {
                out.extend_from_slice(new);
                done += 1;
            }
            out.extend_from_slice(&h[*i..*i + *w]);
            let _ = k;
        }
        if n < 0 || done < n {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut rest = h;
    while n < 0 || done < n {
        match find(rest, old) {
            Some(p) => {
                out.extend_from_slice(&rest[..p]);
                out.extend_from_slice(new);
                rest = &rest[p + old.len()..];
                done += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(rest);
    out
}

fn parse_code<T>(r: Result<T, format::int::ParseError<T>>) -> (Option<T>, i64) {
    match r {
        Ok(v) => (Some(v), 0),
        Err(e) => {
            let code = match e.kind {
                format::int::NumErrorKind::Syntax => 1,
                format::int::NumErrorKind::Range => 2,
                format::int::NumErrorKind::Base(_) => 3,
                format::int::NumErrorKind::BitSize(_) => 4,
            };
            (Some(e.value), code)
        }
    }
}

fn strconv_natives() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("strconv.Itoa", |_, a| st(a[0].int().to_string().as_bytes())),
        ("strconv.FormatInt", |_, a| {
            st(format::int::format_int(a[0].int(), a[1].int() as u32).as_bytes())
        }),
        ("strconv.FormatUint", |_, a| {
            st(format::int::format_uint(a[0].int() as u64, a[1].int() as u32).as_bytes())
        }),
        ("strconv.FormatBool", |_, a| {
            st(format::int::format_bool(a[0].bool()).as_bytes())
        }),
        ("strconv.FormatFloat", |_, a| {
            st(format::float::format_float(
                a[0].float(),
                a[1].int() as u8,
                a[2].int(),
                a[3].int() as u32,
            )
            .as_bytes())
        }),
        ("strconv.Quote", |_, a| {
            st(format::quote::quote(s(&a[0])).as_bytes())
        }),
        ("strconv.QuoteToASCII", |_, a| {
            st(format::quote::quote_to_ascii(s(&a[0])).as_bytes())
        }),
        ("strconv.QuoteRune", |_, a| {
            st(format::quote::quote_rune(a[0].int() as i32).as_bytes())
        }),
        ("strconv.QuoteRuneToASCII", |_, a| {
            st(format::quote::quote_rune_to_ascii(a[0].int() as i32).as_bytes())
        }),
        ("strconv.parseInt", |_, a| {
            let (v, c) = parse_code(format::int::parse_int(s(&a[0]), a[1].int(), a[2].int()));
            Ok(NativeOut::Many(vec![
                Value::Int(v.unwrap_or(0)),
                Value::Int(c),
            ]))
        }),
        ("strconv.parseUint", |_, a| {
            let (v, c) = parse_code(format::int::parse_uint(s(&a[0]), a[1].int(), a[2].int()));
            Ok(NativeOut::Many(vec![
                Value::Int(v.unwrap_or(0) as i64),
                Value::Int(c),
            ]))
        }),
        ("strconv.parseFloat", |_, a| {
            let (v, c) = parse_code(format::atof::parse_float(s(&a[0]), a[1].int() as u32));
            Ok(NativeOut::Many(vec![
                Value::Float(v.unwrap_or(0.0)),
                Value::Int(c),
            ]))
        }),
        ("strconv.parseBool", |_, a| {
            let (v, c) = parse_code(format::int::parse_bool(s(&a[0])));
            Ok(NativeOut::Many(vec![
                Value::Bool(v.unwrap_or(false)),
                Value::Int(c),
            ]))
        }),
    ]
}

fn math_natives() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("math.Abs", |_, a| float(a[0].float().abs())),
        ("math.Sqrt", |_, a| float(a[0].float().sqrt())),
        ("math.Floor", |_, a| float(a[0].float().floor())),
        ("math.Ceil", |_, a| float(a[0].float().ceil())),
        ("math.Trunc", |_, a| float(a[0].float().trunc())),
        ("math.Round", |_, a| float(a[0].float().round())),
        ("math.RoundToEven", |_, a| {
            float(a[0].float().round_ties_even())
        }),
        ("math.Pow", |_, a| float(a[0].float().powf(a[1].float()))),
        ("math.Exp", |_, a| float(a[0].float().exp())),
        ("math.Log", |_, a| float(a[0].float().ln())),
        ("math.Log2", |_, a| float(a[0].float().log2())),
        ("math.Log10", |_, a| float(a[0].float().log10())),
        ("math.Sin", |_, a| float(a[0].float().sin())),
        ("math.Cos", |_, a| float(a[0].float().cos())),
        ("math.Tan", |_, a| float(a[0].float().tan())),
        ("math.Atan", |_, a| float(a[0].float().atan())),
        ("math.Atan2", |_, a| float(a[0].float().atan2(a[1].float()))),
        ("math.Hypot", |_, a| float(a[0].float().hypot(a[1].float()))),
        ("math.Cbrt", |_, a| float(a[0].float().cbrt())),
        ("math.Max", |_, a| {
            let (x, y) = (a[0].float(), a[1].float());
            float(if x.is_nan() || y.is_nan() {
                f64::NAN
            } else if x == 0.0 && y == 0.0 {
                if x.is_sign_negative() { y } else { x }
            } else {
                x.max(y)
            })
        }),
        ("math.Min", |_, a| {
            let (x, y) = (a[0].float(), a[1].float());
            float(if x.is_nan() || y.is_nan() {
                f64::NAN
            } else if x == 0.0 && y == 0.0 {
                if x.is_sign_negative() { x } else { y }
            } else {
                x.min(y)
            })
        }),
        ("math.Mod", |_, a| float(a[0].float() % a[1].float())),
        ("math.Inf", |_, a| {
            float(if a[0].int() >= 0 {
                f64::INFINITY
            } else {
                f64::NEG_INFINITY
            })
        }),
        ("math.NaN", |_, _| float(f64::NAN)),
        ("math.IsNaN", |_, a| boolean(a[0].float().is_nan())),
        ("math.IsInf", |_, a| {
            let (f, sign) = (a[0].float(), a[1].int());
            boolean(f.is_infinite() && (sign == 0 || (sign > 0) == (f > 0.0)))
        }),
        ("math.Signbit", |_, a| {
            boolean(a[0].float().is_sign_negative())
        }),
        ("math.Copysign", |_, a| {
            float(a[0].float().copysign(a[1].float()))
        }),
        (
            "math.Float64bits",
            |_, a| int(a[0].float().to_bits() as i64),
        ),
        ("math.Float64frombits", |_, a| {
            float(f64::from_bits(a[0].int() as u64))
        }),
    ]
}

fn utf8_natives() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("unicode/utf8.RuneCountInString", |_, a| {
            int(runes(s(&a[0])).len() as i64)
        }),
        ("unicode/utf8.RuneCount", |_, a| {
            let b: Vec<u8> = slice_items(&a[0]).iter().map(|v| v.int() as u8).collect();
            int(runes(&b).len() as i64)
        }),
        ("unicode/utf8.RuneLen", |_, a| {
            let r = a[0].int();
            int(match r {
                0..=0x7f => 1,
                0x80..=0x7ff => 2,
                0xD800..=0xDFFF => -1,
                0x800..=0xffff => 3,
                0x10000..=0x10ffff => 4,
                _ => -1,
            })
        }),
        ("unicode/utf8.ValidString", |_, a| {
            boolean(std::str::from_utf8(s(&a[0])).is_ok())
        }),
        ("unicode/utf8.ValidRune", |_, a| {
            let r = a[0].int();
            boolean((0..=0x10FFFF).contains(&r) && !(0xD800..=0xDFFF).contains(&r))
        }),
        ("unicode/utf8.DecodeRuneInString", |_, a| {
            let (r, w) = decode_rune(s(&a[0]), 0);
            Ok(NativeOut::Many(vec![
                Value::Int(if w == 0 { 0xFFFD } else { r }),
                Value::Int(w as i64),
            ]))
        }),
        ("unicode/utf8.DecodeLastRuneInString", |_, a| {
            let b = s(&a[0]);
            if b.is_empty() {
                return Ok(NativeOut::Many(vec![Value::Int(0xFFFD), Value::Int(0)]));
            }
            let mut start = b.len() - 1;
            while start > 0 && b.len() - start < 4 && (b[start] & 0xC0) == 0x80 {
                start -= 1;
            }
            let (r, w) = decode_rune(b, start);
            if start + w != b.len() {
                return Ok(NativeOut::Many(vec![Value::Int(0xFFFD), Value::Int(1)]));
            }
            Ok(NativeOut::Many(vec![Value::Int(r), Value::Int(w as i64)]))
        }),
        ("unicode/utf8.AppendRune", |ctx, a| {
            let mut b = Vec::new();
            encode_rune(a[1].int(), &mut b);
            let vals: Vec<Value> = b.iter().map(|&x| Value::Int(x as i64)).collect();
            let ty = ctx.types().clone();
            let _ = ty;
            let st = ctx.prog().types.clone();
            let bytes_ty = st_slice_bytes(&st);
            one(crate::vm::ops::append(ctx.prog(), &a[0], &vals, bytes_ty)?)
        }),
        ("unicode.IsUpper", |_, a| {
            boolean(ch(&a[0]).is_some_and(|c| c.is_uppercase()))
        }),
        ("unicode.IsLower", |_, a| {
            boolean(ch(&a[0]).is_some_and(|c| c.is_lowercase()))
        }),
        ("unicode.IsLetter", |_, a| {
            boolean(ch(&a[0]).is_some_and(|c| c.is_alphabetic()))
        }),
        ("unicode.IsDigit", |_, a| {
            boolean(ch(&a[0]).is_some_and(|c| c.is_numeric()))
        }),
        ("unicode.IsNumber", |_, a| {
            boolean(ch(&a[0]).is_some_and(|c| c.is_numeric()))
        }),
        ("unicode.IsSpace", |_, a| boolean(is_space(a[0].int()))),
        ("unicode.IsPunct", |_, a| {
            boolean(ch(&a[0]).is_some_and(|c| c.is_ascii_punctuation()))
        }),
        ("unicode.ToUpper", |_, a| {
            int(ch(&a[0])
                .map(|c| c.to_uppercase().next().unwrap_or(c) as i64)
                .unwrap_or(a[0].int()))
        }),
        ("unicode.ToLower", |_, a| {
            int(ch(&a[0])
                .map(|c| c.to_lowercase().next().unwrap_or(c) as i64)
                .unwrap_or(a[0].int()))
        }),
    ]
}

fn st_slice_bytes(t: &crate::types::ty::TypeTable) -> crate::types::ty::TypeId {
    // []byte is interned by the checker whenever a program uses it
    (0..t.len() as u32)
        .map(crate::types::ty::TypeId)
        .find(|&id| matches!(t.get(id), crate::types::ty::Type::Slice(e) if *e == crate::types::ty::TypeTable::UINT8))
        .unwrap_or(crate::types::ty::TypeTable::INVALID)
}

fn ch(v: &Value) -> Option<char> {
    char::from_u32(v.int() as u32)
}

fn sort_natives() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("sort.lenOf", |_, a| {
            int(match &a[0] {
                Value::Iface(i) => crate::vm::ops::len_of(&i.val),
                _ => 0,
            })
        }),
        ("sort.swapElems", |_, a| {
            if let Value::Iface(i) = &a[0]
                && let Value::Slice(sl) = &i.val
            {
                let (x, y) = (
                    sl.off as usize + a[1].int() as usize,
                    sl.off as usize + a[2].int() as usize,
                );
                let vx = crate::vm::heap::deep_copy(&sl.store.load(x));
                let vy = crate::vm::heap::deep_copy(&sl.store.load(y));
                sl.store.store(x, vy);
                sl.store.store(y, vx);
            }
            Ok(NativeOut::None)
        }),
    ]
}

fn errors_natives() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("errors.checkAsTarget", |_, _| Ok(NativeOut::None)),
        ("errors.assignTo", |ctx, a| {
            let (Value::Iface(err), Value::Iface(target)) = (&a[0], &a[1]) else {
                return boolean(false);
            };
            let Value::Ptr(p) = &target.val else {
                return boolean(false);
            };
            let types = ctx.prog().types.clone();
            let crate::types::ty::Type::Pointer(elem) = types.get(target.ty) else {
                return boolean(false);
            };
            let v = if types.is_interface(*elem) {
                if ctx.prog().implements(err.ty, *elem).is_err() {
                    return boolean(false);
                }
                a[0].clone()
            } else if err.ty == *elem {
                err.val.clone()
            } else {
                return boolean(false);
            };
            if p.idx == WHOLE {
                if let Value::Agg(src) = &v {
                    crate::vm::heap::copy_into(&p.store, src);
                }
            } else {
                p.store.store(p.idx as usize, v);
            }
            let _ = Ptr::same;
            boolean(true)
        }),
    ]
}

pub fn natives() -> Vec<(&'static str, NativeFn)> {
    let mut v = strings_natives();
    v.extend(strconv_natives());
    v.extend(math_natives());
    v.extend(utf8_natives());
    v.extend(sort_natives());
    v.extend(errors_natives());
    v
}

#[allow(dead_code)]
fn unused(_: &mut NativeCtx) {}
