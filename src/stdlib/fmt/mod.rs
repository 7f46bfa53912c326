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
    Ok(doprintf(ctx, format, args, false)?.0)
}

/// Go's `pp.doPrintf`: the text, and the argument numbers of `%w` verbs
/// (`wrap_errs`: for `Errorf`; elsewhere `%w` is a bad verb). Explicit
/// argument indexes `%[n]` follow Go's rules: a bad one prints
/// `%!v(BADINDEX)`, and no `%!(EXTRA ...)` is reported once the arguments
/// were reordered.
pub fn doprintf(
    ctx: &mut NativeCtx,
    f: &[u8],
    args: &[Value],
    wrap_errs: bool,
) -> Result<(Vec<u8>, Vec<usize>), Panic> {
    let mut p = Printer::new(ctx.fiber);
    let mut wrapped = Vec::new();
    let mut st = ArgState {
        argnum: 0,
        reordered: false,
        good: true,
    };
    let end = f.len();
    let mut i = 0;
    while i < end {
        st.good = true;
        let start = i;
        while i < end && f[i] != b'%' {
            i += 1;
        }
        p.buf.extend_from_slice(&f[start..i]);
        if i >= end {
            break;
        }
        i += 1;
        let mut spec = Spec::default();
        while i < end {
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
        let mut after_index;
        (i, after_index) = st.arg_number(f, i, args.len());
        // width
        if i < end && f[i] == b'*' {
            i += 1;
            let w = st.int_from_arg(&p, args);
            match w {
                Some(w) => {
                    if w < 0 {
                        spec.minus = true;
                        spec.zero = false;
                    }
                    spec.width = Some(w.unsigned_abs() as usize);
                }
                None => p.buf.extend_from_slice(b"%!(BADWIDTH)"),
            }
            after_index = false;
        } else {
            let (n, j) = parse_num(f, i);
            spec.width = n;
            i = j;
            if after_index && n.is_some() {
                st.good = false; // "%[3]2d"
            }
        }
        // precision
        if i + 1 < end && f[i] == b'.' {
            i += 1;
            if after_index {
                st.good = false; // "%[3].2d"
            }
            (i, after_index) = st.arg_number(f, i, args.len());
            if i < end && f[i] == b'*' {
                i += 1;
                match st.int_from_arg(&p, args) {
                    // a negative precision is a bad one too
                    Some(pr) if pr >= 0 => spec.prec = Some(pr as usize),
                    _ => p.buf.extend_from_slice(b"%!(BADPREC)"),
                }
                after_index = false;
            } else {
                let (n, j) = parse_num(f, i);
                spec.prec = Some(n.unwrap_or(0));
                i = j;
            }
        }
        if !after_index {
            (i, _) = st.arg_number(f, i, args.len());
        }
        if i >= end {
            p.buf.extend_from_slice(b"%!(NOVERB)");
            break;
        }
        let (verb, w) = crate::vm::ops::decode_rune(f, i);
        i += w.max(1);
        let verb = char::from_u32(verb as u32).unwrap_or('\u{FFFD}');
        spec.verb = verb;
        if verb == '%' {
            // does not use an operand; ignores width and precision
            p.buf.push(b'%');
            continue;
        }
        if !st.good {
            p.buf
                .extend_from_slice(format!("%!{verb}(BADINDEX)").as_bytes());
            continue;
        }
        let Some(arg) = args.get(st.argnum) else {
            p.buf
                .extend_from_slice(format!("%!{verb}(MISSING)").as_bytes());
            continue;
        };
        if verb == 'w' {
            wrapped.push(st.argnum);
        }
        st.argnum += 1;
        if matches!(verb, 'v' | 'w') && spec.plus {
            spec.plus = false;
            spec.plus_v = true;
        }
        if arg.is_nil() {
            // printArg(nil): only %T and %v print <nil>
            if matches!(verb, 'T' | 'v') {
                p.pad_str(b"<nil>", &spec);
            } else {
                p.buf
                    .extend_from_slice(format!("%!{verb}(<nil>)").as_bytes());
            }
            continue;
        }
        if verb == 'w' {
            // %w needs Errorf and an error operand (handleMethods)
            let is_err = match arg {
                Value::Iface(x) => p.fiber.prog.implements(x.ty, TypeTable::ERROR).is_ok(),
                _ => false,
            };
            if !wrap_errs || !is_err {
                if let Value::Iface(x) = arg {
                    let (v, t) = (x.val.clone(), x.ty);
                    p.bad_verb(&v, t, &spec);
                }
                continue;
            }
            spec.verb = 'v';
        }
        p.value(arg, TypeTable::EMPTY_INTERFACE, &spec)?;
    }
    if !st.reordered && st.argnum < args.len() {
        p.buf.extend_from_slice(b"%!(EXTRA ");
        for (k, a) in args[st.argnum..].iter().enumerate() {
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
    Ok((p.buf, wrapped))
}

/// doPrintf's operand cursor.
struct ArgState {
    argnum: usize,
    /// An explicit index `%[n]` was used.
    reordered: bool,
    /// The last index was valid (else the verb prints `BADINDEX`).
    good: bool,
}

impl ArgState {
    /// Go's `pp.argNumber`: an explicit `[n]` at `f[i..]` moves the cursor.
    /// Returns the new position and whether an index was found.
    fn arg_number(&mut self, f: &[u8], i: usize, nargs: usize) -> (usize, bool) {
        if i >= f.len() || f[i] != b'[' {
            return (i, false);
        }
        self.reordered = true;
        let (index, wid, ok) = parse_arg_number(&f[i..]);
        if ok && index >= 1 && index - 1 < nargs {
            self.argnum = index - 1;
            return (i + wid, true);
        }
        self.good = false;
        (i + wid, ok)
    }

    /// Go's `intFromArg`: an integer operand for `*` (None: not an int, or
    /// larger than 1e6 in magnitude); the operand is consumed if present.
    fn int_from_arg(&mut self, p: &Printer, args: &[Value]) -> Option<i64> {
        let a = args.get(self.argnum)?;
        self.argnum += 1;
        let Value::Iface(x) = a else { return None };
        let k = p.fiber.prog.types.basic(x.ty)?;
        if !k.is_integer() {
            return None;
        }
        let n = x.val.int();
        if k.is_unsigned() && n < 0 {
            return None;
        }
        (-1_000_000..=1_000_000).contains(&n).then_some(n)
    }
}

/// Go's `parseArgNumber` on `[n]...`: (n, bytes used, ok); n is 1-based.
fn parse_arg_number(f: &[u8]) -> (usize, usize, bool) {
    if f.len() < 3 {
        return (0, 1, false);
    }
    for i in 1..f.len() {
        if f[i] == b']' {
            let (n, j) = parse_num(f, 1);
            return match n {
                Some(n) if j == i => (n, i + 1, true),
                _ => (0, i + 1, false),
            };
        }
    }
    (0, 1, false)
}

fn parse_num(f: &[u8], mut i: usize) -> (Option<usize>, usize) {
    let start = i;
    let mut n = 0usize;
    while i < f.len() && f[i].is_ascii_digit() {
        if n > 1_000_000 {
            // Go's parsenum: an overflowing number is no number
            return (None, f.len());
        }
        n = n * 10 + (f[i] - b'0') as usize;
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

/// `errorfText(format, a)`: Errorf's message and the argument numbers of
/// its `%w` verbs (sorted and deduplicated when reordered, as Go does).
fn errorf_text(ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    let (s, mut w) = doprintf(ctx, args[0].str(), &variadic(&args[1]), true)?;
    if w.len() > 1 {
        w.sort_unstable();
        w.dedup();
    }
    let n = w.len();
    let store = crate::vm::heap::Store::new(crate::vm::heap::ElemKind::Ints, n, &Value::Int(0));
    for (i, a) in w.iter().enumerate() {
        store.store(i, Value::Int(*a as i64));
    }
    let idx = if n == 0 {
        Value::Nil
    } else {
        Value::Slice(crate::vm::value::Slice {
            niche: Default::default(),
            off: 0,
            store: Arc::new(store),
            len: n as u32,
            cap: n as u32,
        })
    };
    Ok(NativeOut::Many(vec![str_value(&s), idx]))
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
        ("fmt.errorfText", errorf_text),
    ]
}
