//! Package fmt: `Print*`, `Sprint*`, `Printf`, `Errorf`. Value formatting
//! lives in `print.rs`; this file parses format strings and implements the
//! natives.

pub mod print;

use crate::types::ty::{BasicKind, TypeTable};
use crate::vm::native::{NativeCtx, NativeOut};
use crate::vm::panic::Panic;
use crate::vm::value::{Iface, Value, str_value};
use print::{Printer, Spec};
use std::sync::Arc;

/// The elements of a variadic `...any` argument.
pub fn variadic(v: &Value) -> Vec<Value> {
    match v {
        Value::Slice(s) => (0..s.len as usize)
            .map(|i| s.store.load(s.off as usize + i))
            .collect(),
        _ => vec![],
    }
}

fn dyn_ty(v: &Value) -> crate::types::ty::TypeId {
    match v {
        Value::Iface(i) => i.ty,
        _ => TypeTable::EMPTY_INTERFACE,
    }
}

/// `Sprint` (`ln`: `Sprintln`, spaces always and a newline).
pub fn sprint(ctx: &mut NativeCtx, args: &[Value], ln: bool) -> Result<Vec<u8>, Panic> {
    let mut p = Printer::new(ctx.fiber);
    let mut prev_string = false;
    for (i, a) in args.iter().enumerate() {
        let is_string = match a {
            Value::Iface(i) => p.fiber.prog.types.basic(i.ty) == Some(BasicKind::String),
            _ => false,
        };
        if i > 0 && (ln || (!is_string && !prev_string)) {
            p.buf.push(b' ');
        }
        p.value(a, TypeTable::EMPTY_INTERFACE, &Spec::v())?;
        prev_string = is_string;
    }
    if ln {
        p.buf.push(b'\n');
    }
    Ok(p.buf)
}

/// `Sprintf`.
pub fn sprintf(ctx: &mut NativeCtx, format: &[u8], args: &[Value]) -> Result<Vec<u8>, Panic> {
    let mut p = Printer::new(ctx.fiber);
    let mut argi = 0;
    let mut i = 0;
    let f = format;
    while i < f.len() {
        let c = f[i];
        if c != b'%' {
            let start = i;
            while i < f.len() && f[i] != b'%' {
                i += 1;
            }
            p.buf.extend_from_slice(&f[start..i]);
            continue;
        }
        i += 1;
        let mut spec = Spec::default();
        // flags
        while i < f.len() {
            match f[i] {
                b'+' => spec.plus = true,
                b'-' => spec.minus = true,
                b'#' => spec.sharp = true,
                b' ' => spec.space = true,
                b'0' => spec.zero = true,
                _ => break,
            }
            i += 1;
        }
        // width
        if i < f.len() && f[i] == b'*' {
            i += 1;
            if let Some(a) = args.get(argi) {
                let w = match a {
                    Value::Iface(x)
                        if p.fiber
                            .prog
                            .types
                            .basic(x.ty)
                            .is_some_and(|k| k.is_integer()) =>
                    {
                        x.val.int()
                    }
                    _ => {
                        p.buf.extend_from_slice(b"%!(BADWIDTH)");
                        0
                    }
                };
                if w < 0 {
                    spec.minus = true;
                }
                spec.width = Some(w.unsigned_abs() as usize);
                argi += 1;
            }
        } else {
            let (n, j) = parse_num(f, i);
            spec.width = n;
            i = j;
        }
        // precision
        if i < f.len() && f[i] == b'.' {
            i += 1;
            if i < f.len() && f[i] == b'*' {
                i += 1;
                if let Some(a) = args.get(argi) {
                    let pr = match a {
                        Value::Iface(x) => x.val.int(),
                        _ => 0,
                    };
                    spec.prec = if pr < 0 { None } else { Some(pr as usize) };
                    argi += 1;
                }
            } else {
                let (n, j) = parse_num(f, i);
                spec.prec = Some(n.unwrap_or(0));
                i = j;
            }
        }
        if i >= f.len() {
            p.buf.extend_from_slice(b"%!(NOVERB)");
            break;
        }
        let (verb, w) = crate::vm::ops::decode_rune(f, i);
        i += w.max(1);
        let verb = char::from_u32(verb as u32).unwrap_or('\u{FFFD}');
        spec.verb = verb;
        if verb == '%' {
            p.buf.push(b'%');
            continue;
        }
        let Some(arg) = args.get(argi) else {
            p.buf
                .extend_from_slice(format!("%!{verb}(MISSING)").as_bytes());
            continue;
        };
        argi += 1;
        if verb == 'w' {
            spec.verb = 'v';
        }
        if verb == 'v' && spec.plus {
            spec.plus = false;
            spec.plus_v = true;
        }
        if arg.is_nil() && !matches!(verb, 'T' | 'p') {
            if verb == 'v' || verb == 's' || verb == 'w' {
                p.pad_str(b"<nil>", &spec);
            } else {
                p.buf
                    .extend_from_slice(format!("%!{verb}(<nil>)").as_bytes());
            }
            continue;
        }
        p.value(arg, TypeTable::EMPTY_INTERFACE, &spec)?;
    }
    if argi < args.len() {
        p.buf.extend_from_slice(b"%!(EXTRA ");
        for (k, a) in args[argi..].iter().enumerate() {
            if k > 0 {
                p.buf.extend_from_slice(b", ");
            }
            let t = p.fiber.prog.types.type_string(dyn_ty(a), true);
            if a.is_nil() {
                p.buf.extend_from_slice(b"<nil>");
                continue;
            }
            p.buf.extend_from_slice(t.as_bytes());
            p.buf.push(b'=');
            p.value(a, TypeTable::EMPTY_INTERFACE, &Spec::v())?;
        }
        p.buf.push(b')');
    }
    Ok(p.buf)
}

fn parse_num(f: &[u8], mut i: usize) -> (Option<usize>, usize) {
    let start = i;
    let mut n = 0usize;
    while i < f.len() && f[i].is_ascii_digit() {
        n = n.saturating_mul(10).saturating_add((f[i] - b'0') as usize);
        i += 1;
    }
    (if i > start { Some(n) } else { None }, i)
}

fn println(ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    let s = sprint(ctx, &variadic(&args[0]), true)?;
    ctx.stdout(&s);
    Ok(NativeOut::Many(vec![
        Value::Int(s.len() as i64),
        Value::Nil,
    ]))
}

fn print(ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    let s = sprint(ctx, &variadic(&args[0]), false)?;
    ctx.stdout(&s);
    Ok(NativeOut::Many(vec![
        Value::Int(s.len() as i64),
        Value::Nil,
    ]))
}

fn printf(ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    let s = sprintf(ctx, args[0].str(), &variadic(&args[1]))?;
    ctx.stdout(&s);
    Ok(NativeOut::Many(vec![
        Value::Int(s.len() as i64),
        Value::Nil,
    ]))
}

fn sprintf_native(ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    let s = sprintf(ctx, args[0].str(), &variadic(&args[1]))?;
    Ok(NativeOut::One(str_value(&s)))
}

fn sprint_native(ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    let s = sprint(ctx, &variadic(&args[0]), false)?;
    Ok(NativeOut::One(str_value(&s)))
}

fn sprintln_native(ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    let s = sprint(ctx, &variadic(&args[0]), true)?;
    Ok(NativeOut::One(str_value(&s)))
}

/// `fmt.Errorf`: an error whose `Error()` is the formatted text. With `%w`
/// the wrapped error is kept (as `Unwrap` target) in the VM's error type.
fn errorf(ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    let s = sprintf(ctx, args[0].str(), &variadic(&args[1]))?;
    let ty = ctx.prog().rt.simple_error;
    Ok(NativeOut::One(Value::Iface(Arc::new(Iface {
        ty,
        val: str_value(&s),
    }))))
}

pub fn natives() -> Vec<(&'static str, crate::vm::native::NativeFn)> {
    vec![
        ("fmt.Println", println),
        ("fmt.Print", print),
        ("fmt.Printf", printf),
        ("fmt.Sprintf", sprintf_native),
        ("fmt.Sprint", sprint_native),
        ("fmt.Sprintln", sprintln_native),
        ("fmt.Errorf", errorf),
    ]
}
