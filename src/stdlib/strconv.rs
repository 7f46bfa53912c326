//! Package `strconv`: the natives behind the conversions. Parsing and
//! formatting are `format::{int, atof, float, quote}` (exact to Go); the
//! `*NumError` values (`strconv.Atoi: parsing "x": invalid syntax`, with
//! `Err` being the `ErrSyntax`/`ErrRange` sentinels so `errors.Is` works)
//! are built in Go in `decls/strconv.go` from the error code the parsers
//! here return: 0 ok, 1 syntax, 2 range (value clamped as Go does),
//! 3 invalid base, 4 invalid bit size.

use super::format::float::format_float;
use super::format::int::{
    NumErrorKind, ParseError, format_int, format_uint, parse_bool, parse_float, parse_int,
    parse_uint,
};
use super::format::quote;
use super::vals::{R, boolean, many, panic_str, rune_arg, string};
use crate::vm::native::{NativeCtx, NativeFn};
use crate::vm::value::{Value, str_value};

fn code(kind: NumErrorKind) -> i64 {
    match kind {
        NumErrorKind::Syntax => 1,
        NumErrorKind::Range => 2,
        NumErrorKind::Base(_) => 3,
        NumErrorKind::BitSize(_) => 4,
    }
}

/// `(value, code)` for a parser's result.
fn coded<T>(r: Result<T, ParseError<T>>, val: impl Fn(T) -> Value) -> R {
    match r {
        Ok(v) => many(vec![val(v), Value::Int(0)]),
        Err(e) => many(vec![val(e.value), Value::Int(code(e.kind))]),
    }
}

/// `parseInt(s, base, bitSize) (int64, int)`.
fn parse_int_n(_: &mut NativeCtx, a: &[Value]) -> R {
    coded(parse_int(a[0].str(), a[1].int(), a[2].int()), Value::Int)
}
/// `parseUint(s, base, bitSize) (uint64, int)`: the uint64 as its bit pattern.
fn parse_uint_n(_: &mut NativeCtx, a: &[Value]) -> R {
    coded(parse_uint(a[0].str(), a[1].int(), a[2].int()), |u| {
        Value::Int(u as i64)
    })
}
/// `parseFloat(s, bitSize) (float64, int)`: Go rounds to float32 for bitSize 32.
fn parse_float_n(_: &mut NativeCtx, a: &[Value]) -> R {
    let bits = if a[1].int() == 32 { 32 } else { 64 };
    coded(parse_float(a[0].str(), bits), Value::Float)
}
fn parse_bool_n(_: &mut NativeCtx, a: &[Value]) -> R {
    coded(parse_bool(a[0].str()), Value::Bool)
}
/// `unquote(s) (string, bool)`.
fn unquote_n(_: &mut NativeCtx, a: &[Value]) -> R {
    match quote::unquote(a[0].str()) {
        Ok(s) => many(vec![str_value(&s), Value::Bool(true)]),
        Err(_) => many(vec![str_value(b""), Value::Bool(false)]),
    }
}
/// `quotedPrefix(s) (string, bool)`.
fn quoted_prefix_n(_: &mut NativeCtx, a: &[Value]) -> R {
    match quote::quoted_prefix(a[0].str()) {
        Ok(s) => many(vec![str_value(&s), Value::Bool(true)]),
        Err(_) => many(vec![str_value(b""), Value::Bool(false)]),
    }
}

fn itoa(_: &mut NativeCtx, a: &[Value]) -> R {
    string(format_int(a[0].int(), 10).as_bytes())
}
/// Go panics with `strconv: illegal AppendInt/FormatInt base` outside 2..=36.
fn base_arg(v: &Value) -> Result<u32, crate::vm::panic::Panic> {
    match v.int() {
        b @ 2..=36 => Ok(b as u32),
        _ => Err(panic_str("strconv: illegal AppendInt/FormatInt base")),
    }
}
fn format_int_n(_: &mut NativeCtx, a: &[Value]) -> R {
    string(format_int(a[0].int(), base_arg(&a[1])?).as_bytes())
}
fn format_uint_n(_: &mut NativeCtx, a: &[Value]) -> R {
    string(format_uint(a[0].int() as u64, base_arg(&a[1])?).as_bytes())
}
/// `FormatFloat(f, fmt, prec, bitSize)`: Go panics on a bit size other than 32 or 64.
fn format_float_n(_: &mut NativeCtx, a: &[Value]) -> R {
    let bits = match a[3].int() {
        32 => 32,
        64 => 64,
        _ => {
            return Err(panic_str(
                "strconv: illegal AppendFloat/FormatFloat bitSize",
            ));
        }
    };
    string(format_float(a[0].float(), a[1].int() as u8, a[2].int(), bits).as_bytes())
}
fn format_bool(_: &mut NativeCtx, a: &[Value]) -> R {
    string(if a[0].bool() { b"true" } else { b"false" })
}
fn quote_n(_: &mut NativeCtx, a: &[Value]) -> R {
    string(quote::quote(a[0].str()).as_bytes())
}
fn quote_to_ascii(_: &mut NativeCtx, a: &[Value]) -> R {
    string(quote::quote_to_ascii(a[0].str()).as_bytes())
}
fn quote_to_graphic(_: &mut NativeCtx, a: &[Value]) -> R {
    string(quote::quote_to_graphic(a[0].str()).as_bytes())
}
fn quote_rune(_: &mut NativeCtx, a: &[Value]) -> R {
    string(quote::quote_rune(rune_arg(&a[0])).as_bytes())
}
fn quote_rune_to_ascii(_: &mut NativeCtx, a: &[Value]) -> R {
    string(quote::quote_rune_to_ascii(rune_arg(&a[0])).as_bytes())
}
fn quote_rune_to_graphic(_: &mut NativeCtx, a: &[Value]) -> R {
    string(quote::quote_rune_to_graphic(rune_arg(&a[0])).as_bytes())
}
fn can_backquote(_: &mut NativeCtx, a: &[Value]) -> R {
    boolean(quote::can_backquote(a[0].str()))
}
fn is_print(_: &mut NativeCtx, a: &[Value]) -> R {
    boolean(quote::is_print_rune(rune_arg(&a[0])))
}
fn is_graphic(_: &mut NativeCtx, a: &[Value]) -> R {
    boolean(quote::is_graphic(rune_arg(&a[0])))
}

pub fn natives() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("strconv.parseInt", parse_int_n as NativeFn),
        ("strconv.parseUint", parse_uint_n),
        ("strconv.parseFloat", parse_float_n),
        ("strconv.parseBool", parse_bool_n),
        ("strconv.unquote", unquote_n),
        ("strconv.quotedPrefix", quoted_prefix_n),
        ("strconv.Itoa", itoa),
        ("strconv.FormatInt", format_int_n),
        ("strconv.FormatUint", format_uint_n),
        ("strconv.FormatFloat", format_float_n),
        ("strconv.FormatBool", format_bool),
        ("strconv.Quote", quote_n),
        ("strconv.QuoteToASCII", quote_to_ascii),
        ("strconv.QuoteToGraphic", quote_to_graphic),
        ("strconv.QuoteRune", quote_rune),
        ("strconv.QuoteRuneToASCII", quote_rune_to_ascii),
        ("strconv.QuoteRuneToGraphic", quote_rune_to_graphic),
        ("strconv.CanBackquote", can_backquote),
        ("strconv.IsPrint", is_print),
        ("strconv.IsGraphic", is_graphic),
    ]
}
