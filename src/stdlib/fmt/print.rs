//! Formatting a `Value` by its `TypeId`, as Go's fmt does: the `%v` walk
//! (structs `{1 2}`, `%+v` with field names, `%#v` Go syntax, pointers to
//! structs as `&{...}`, maps sorted by key, nil forms `<nil>`, `[]`,
//! `map[]`), the `error`/`Stringer` methods (called back into Go through
//! the fiber), and the leaf formatters for numbers, strings and runes with
//! width, precision and flags.
//!
//! API for extending fmt: build a `Printer` on a fiber, call
//! `Printer::value(v, ty, &spec)` for each operand (interfaces are unwrapped
//! to their dynamic type), read `Printer::buf`. `Spec` is one parsed verb
//! with its flags; `sprintf` parses a format string into those.

use crate::types::ty::{BasicKind, Type, TypeId, TypeTable};
use crate::vm::fiber::Fiber;
use crate::vm::ops::{decode_rune, encode_rune};
use crate::vm::panic::Panic;
use crate::vm::program::Program;
use crate::vm::value::{Ptr, Value, WHOLE};
use std::cmp::Ordering;
use std::sync::Arc;

/// One formatting directive: `%+08.3v` is verb 'v' with plus, zero, width
/// 8 and precision 3.
#[derive(Clone, Copy, Default, Debug)]
pub struct Spec {
    pub verb: char,
    pub plus: bool,
    pub minus: bool,
    pub sharp: bool,
    pub space: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub prec: Option<usize>,
    /// `%+v`: field names (and `plus` is cleared for the operands).
    pub plus_v: bool,
}

impl Spec {
    pub fn v() -> Spec {
        Spec {
            verb: 'v',
            ..Default::default()
        }
    }
}

pub struct Printer<'f> {
    pub fiber: &'f mut Fiber,
    pub buf: Vec<u8>,
}

impl<'f> Printer<'f> {
    pub fn new(fiber: &'f mut Fiber) -> Printer<'f> {
        Printer {
            fiber,
            buf: Vec::new(),
        }
    }

    fn types(&self) -> Arc<crate::types::ty::TypeTable> {
        self.fiber.prog.types.clone()
    }

    /// Format operand `v` of static type `ty` (an interface type is
    /// unwrapped to the dynamic value).
    pub fn value(&mut self, v: &Value, ty: TypeId, spec: &Spec) -> Result<(), Panic> {
        self.value_at(v, ty, spec, 0)
    }

    fn value_at(&mut self, v: &Value, ty: TypeId, spec: &Spec, depth: usize) -> Result<(), Panic> {
        let types = self.types();
        if types.is_interface(ty) {
            return match v {
                Value::Iface(i) => {
                    let (iv, it) = (i.val.clone(), i.ty);
                    self.value_at(&iv, it, spec, depth)
                }
                _ => {
                    if spec.sharp && spec.verb == 'v' {
                        self.buf
                            .extend_from_slice(types.type_string(ty, true).as_bytes());
                        self.buf.extend_from_slice(b"(nil)");
                    } else {
                        self.pad_str(b"<nil>", spec);
                    }
                    Ok(())
                }
            };
        }
        if spec.verb == 'T' {
            let s = types.type_string(ty, true);
            self.pad_str(s.as_bytes(), spec);
            return Ok(());
        }
        if spec.verb == 'p' {
            self.pointer(v, ty, spec);
            return Ok(());
        }
        if self.handle_methods(v, ty, spec)? {
            return Ok(());
        }
        self.print_value(v, ty, spec, depth)
    }

    /// `Error()` or `String()` if the type has them and the verb wants a
    /// string (`%v %s %q %x %X`, not `%#v`).
    fn handle_methods(&mut self, v: &Value, ty: TypeId, spec: &Spec) -> Result<bool, Panic> {
        if spec.sharp && spec.verb == 'v' {
            // GoStringer is not supported; %#v prints Go syntax
            return Ok(false);
        }
        if !matches!(spec.verb, 'v' | 's' | 'q' | 'x' | 'X') {
            return Ok(false);
        }
        let prog = self.fiber.prog.clone();
        if let Some(msg) = prog.is_runtime_error(&Value::Iface(Arc::new(crate::vm::value::Iface {
            ty,
            val: v.clone(),
        }))) {
            self.fmt_str(msg.as_bytes(), spec);
            return Ok(true);
        }
        for name in ["Error", "String"] {
            let Some(m) = prog.find_method(ty, name) else {
                continue;
            };
            // the dynamic type must implement error / fmt.Stringer
            if !prog.is_string_getter(&m) || !prog.in_method_set(ty, &m) {
                continue;
            }
            // nil pointer receiver with a value method: Go prints <nil>
            if v.is_nil()
                && matches!(prog.types.get(ty), Type::Pointer(_))
                && let crate::vm::types_rt::MethodTarget::Func {
                    ptr_recv: false, ..
                } = m.target
            {
                self.pad_str(b"<nil>", spec);
                return Ok(true);
            }
            let recv = Value::Iface(Arc::new(crate::vm::value::Iface { ty, val: v.clone() }));
            let (callee, r) = self.fiber.resolve_method(&recv, &m)?;
            let f = Value::Func(Arc::new(crate::vm::value::Closure {
                callee,
                captures: Box::new([]),
                recv: Some(r),
            }));
            let out = self.fiber.call_nested(&f, &[])?;
            let s = out.first().map(|v| v.str().to_vec()).unwrap_or_default();
            self.fmt_str(&s, spec);
            return Ok(true);
        }
        Ok(false)
    }

    fn print_value(
        &mut self,
        v: &Value,
        ty: TypeId,
        spec: &Spec,
        depth: usize,
    ) -> Result<(), Panic> {
        let types = self.types();
        match types.under(ty).clone() {
            Type::Basic(k) => {
                self.basic(v, k, ty, spec);
                Ok(())
            }
            Type::Pointer(elem) => {
                if depth == 0
                    && !v.is_nil()
                    && spec.verb == 'v'
                    && let Value::Ptr(Ptr { store, idx: WHOLE }) = v
                    && matches!(types.under(elem), Type::Struct(_) | Type::Array { .. })
                {
                    self.buf.push(b'&');
                    return self.print_value(&Value::Agg(store.clone()), elem, spec, depth + 1);
                }
                // a pointer into part of a slice's array (`(*[N]T)(s)`)
                if depth == 0
                    && spec.verb == 'v'
                    && let Value::Slice(s) = v
                {
                    self.buf.push(b'&');
                    let a = crate::vm::ops::load_array_view(s);
                    return self.print_value(&a, elem, spec, depth + 1);
                }
                self.pointer(v, ty, spec);
                Ok(())
            }
            Type::Struct(fields) => {
                let Value::Agg(st) = v else { return Ok(()) };
                if spec.sharp && spec.verb == 'v' {
                    self.buf
                        .extend_from_slice(types.type_string(ty, true).as_bytes());
                }
                self.buf.push(b'{');
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        self.buf
                            .extend_from_slice(if spec.sharp && spec.verb == 'v' {
                                b", "
                            } else {
                                b" "
                            });
                    }
                    if spec.plus_v || (spec.sharp && spec.verb == 'v') {
                        self.buf.extend_from_slice(f.name.as_bytes());
                        self.buf.push(b':');
                    }
                    let fv = st.load(i);
                    // unexported fields are printed without their methods
                    if is_exported(&f.name) {
                        self.value_at(&fv, f.ty, spec, depth + 1)?;
                    } else if types.is_interface(f.ty) {
                        match &fv {
                            Value::Iface(iv) => {
                                let (x, t) = (iv.val.clone(), iv.ty);
                                self.print_value(&x, t, spec, depth + 1)?
                            }
                            _ => self.value_at(&fv, f.ty, spec, depth + 1)?,
                        }
                    } else {
                        self.print_value(&fv, f.ty, spec, depth + 1)?;
                    }
                }
                self.buf.push(b'}');
                Ok(())
            }
            Type::Array { elem, .. } | Type::Slice(elem) => {
                let is_slice = matches!(types.under(ty), Type::Slice(_));
                let elems: Vec<Value> = match v {
                    Value::Agg(st) => (0..st.len()).map(|i| st.load(i)).collect(),
                    Value::Slice(s) => (0..s.len as usize)
                        .map(|i| s.store.load(s.off as usize + i))
                        .collect(),
                    _ => vec![],
                };
                // []byte with %s %q %x %X prints as a string
                if types.basic(elem) == Some(BasicKind::Uint8)
                    && matches!(spec.verb, 's' | 'q' | 'x' | 'X')
                {
                    let bytes: Vec<u8> = elems.iter().map(|e| e.int() as u8).collect();
                    self.fmt_str(&bytes, spec);
                    return Ok(());
                }
                if spec.sharp && spec.verb == 'v' {
                    self.buf
                        .extend_from_slice(types.type_string(ty, true).as_bytes());
                    if is_slice && v.is_nil() {
                        self.buf.extend_from_slice(b"(nil)");
                        return Ok(());
                    }
                    self.buf.push(b'{');
                    for (i, e) in elems.iter().enumerate() {
                        if i > 0 {
                            self.buf.extend_from_slice(b", ");
                        }
                        self.value_at(e, elem, spec, depth + 1)?;
                    }
                    self.buf.push(b'}');
                    return Ok(());
                }
                self.buf.push(b'[');
                for (i, e) in elems.iter().enumerate() {
                    if i > 0 {
                        self.buf.push(b' ');
                    }
                    self.value_at(e, elem, spec, depth + 1)?;
                }
                self.buf.push(b']');
                Ok(())
            }
            Type::Map { key, elem } => {
                let mut entries = match v {
                    Value::Map(m) => m.entries(),
                    _ => vec![],
                };
                entries.sort_by(|a, b| compare_values(&types, &a.0, &b.0, key));
                if spec.sharp && spec.verb == 'v' {
                    self.buf
                        .extend_from_slice(types.type_string(ty, true).as_bytes());
                    if v.is_nil() {
                        self.buf.extend_from_slice(b"(nil)");
                        return Ok(());
                    }
                    self.buf.push(b'{');
                } else {
                    self.buf.extend_from_slice(b"map[");
                }
                for (i, (k, e)) in entries.iter().enumerate() {
                    if i > 0 {
                        self.buf
                            .extend_from_slice(if spec.sharp && spec.verb == 'v' {
                                b", "
                            } else {
                                b" "
                            });
                    }
                    self.value_at(k, key, spec, depth + 1)?;
                    self.buf.push(b':');
                    self.value_at(e, elem, spec, depth + 1)?;
                }
                self.buf.push(if spec.sharp && spec.verb == 'v' {
                    b'}'
                } else {
                    b']'
                });
                Ok(())
            }
            Type::Chan { .. } | Type::Func(_) => {
                if v.is_nil() && spec.verb == 'v' {
                    if spec.sharp {
                        let s = format!("({})(nil)", types.type_string(ty, true));
                        self.buf.extend_from_slice(s.as_bytes());
                    } else {
                        self.pad_str(b"<nil>", spec);
                    }
                } else {
                    self.pointer(v, ty, spec);
                }
                Ok(())
            }
            _ => {
                self.pad_str(b"?", spec);
                Ok(())
            }
        }
    }

    fn flags(spec: &Spec) -> crate::stdlib::format::flags::FmtFlags {
        crate::stdlib::format::flags::FmtFlags {
            plus: spec.plus,
            minus: spec.minus,
            sharp: spec.sharp,
            zero: spec.zero,
            space: spec.space,
            width: spec.width,
            prec: spec.prec,
        }
    }

    /// Leaf values, through the Go-exact formatters of `stdlib::format`.
    fn basic(&mut self, v: &Value, k: BasicKind, ty: TypeId, spec: &Spec) {
        use crate::stdlib::format::{float, integer_verbs, string_verbs};
        use BasicKind::*;
        let fl = Self::flags(spec);
        let out: Option<Vec<u8>> = match k {
            Bool | UntypedBool => string_verbs::fmt_bool(v.bool(), spec.verb, &fl)
                .map(std::string::String::into_bytes),
            String | UntypedString => {
                if spec.verb == 'v' && spec.sharp {
                    Some(
                        string_verbs::fmt_string(
                            v.str(),
                            'q',
                            &crate::stdlib::format::flags::FmtFlags { sharp: false, ..fl },
                        )
                        .unwrap_or_default(),
                    )
                } else {
                    string_verbs::fmt_string(v.str(), spec.verb, &fl)
                }
            }
            Float32 | Float64 | UntypedFloat => {
                let bits = if k == Float32 { 32 } else { 64 };
                float::fmt_float_flags(v.float(), spec.verb, &fl, bits)
                    .map(std::string::String::into_bytes)
            }
            k if k.is_integer() => {
                integer_verbs::fmt_integer(v.int() as u64, !k.is_unsigned(), spec.verb, &fl)
                    .map(std::string::String::into_bytes)
            }
            _ => Some(b"?".to_vec()),
        };
        match out {
            Some(b) => self.buf.extend_from_slice(&b),
            None => self.bad_verb(v, ty, spec),
        }
    }

    /// `%!d(string=hi)`.
    /// Go's `badVerb`: `%!verb(type=value)`, the value printed as by
    /// `printArg(arg, 'v')` at depth 0, without methods (`p.erroring`).
    pub fn bad_verb(&mut self, v: &Value, ty: TypeId, spec: &Spec) {
        let types = self.types();
        self.buf
            .extend_from_slice(format!("%!{}(", spec.verb).as_bytes());
        self.buf
            .extend_from_slice(types.type_string(ty, true).as_bytes());
        self.buf.push(b'=');
        let inner = Spec::v();
        let _ = self.print_value(v, ty, &inner, 0);
        self.buf.push(b')');
    }

    /// Go's `fmtPointer`: `%v %p` in hex, `%b %o %d %x %X` as an unsigned
    /// integer, other verbs bad.
    fn pointer(&mut self, v: &Value, ty: TypeId, spec: &Spec) {
        let addr = value_addr(v);
        if matches!(spec.verb, 'b' | 'o' | 'd' | 'x' | 'X') {
            let fl = Self::flags(spec);
            let s = crate::stdlib::format::integer_verbs::fmt_integer(
                addr as u64,
                false,
                spec.verb,
                &fl,
            )
            .unwrap_or_default();
            self.buf.extend_from_slice(s.as_bytes());
            return;
        }
        if !matches!(spec.verb, 'v' | 'p') {
            self.bad_verb(v, ty, spec);
            return;
        }
        if addr == 0 && spec.verb == 'v' {
            if spec.sharp {
                let s = format!("({})(nil)", self.types().type_string(ty, true));
                self.buf.extend_from_slice(s.as_bytes());
            } else {
                self.pad_str(b"<nil>", spec);
            }
            return;
        }
        let s = if spec.sharp && spec.verb == 'v' {
            format!("({})(0x{:x})", self.types().type_string(ty, true), addr)
        } else {
            format!("0x{addr:x}")
        };
        self.pad_str(s.as_bytes(), spec);
    }

    /// A string operand (also the result of `Error()`/`String()`) under
    /// `%s %q %x %X %v`, with precision and padding.
    pub fn fmt_str(&mut self, s: &[u8], spec: &Spec) {
        let fl = Self::flags(spec);
        let verb = if spec.verb == 'v' { 's' } else { spec.verb };
        match crate::stdlib::format::string_verbs::fmt_string(s, verb, &fl) {
            Some(b) => self.buf.extend_from_slice(&b),
            None => self.pad_str(s, spec),
        }
    }

    /// Pad to the width with spaces (or zeros with `0`), counting runes.
    pub fn pad_str(&mut self, s: &[u8], spec: &Spec) {
        let n = rune_count(s);
        let w = spec.width.unwrap_or(0);
        if n >= w {
            self.buf.extend_from_slice(s);
            return;
        }
        let fill = if spec.zero && !spec.minus { b'0' } else { b' ' };
        if spec.minus {
            self.buf.extend_from_slice(s);
            self.buf.extend(std::iter::repeat_n(b' ', w - n));
        } else {
            self.buf.extend(std::iter::repeat_n(fill, w - n));
            self.buf.extend_from_slice(s);
        }
    }
}

pub fn is_exported(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_uppercase())
}

fn value_addr(v: &Value) -> usize {
    let a = match v {
        Value::Ptr(p) => p.addr(),
        Value::Map(m) => Arc::as_ptr(m) as usize,
        Value::Chan(c) => Arc::as_ptr(c) as *const u8 as usize,
        Value::Func(f) => Arc::as_ptr(f) as usize,
        Value::Slice(s) => Arc::as_ptr(&s.store) as usize + s.off as usize * 8,
        _ => 0,
    };
    // Go heap addresses look like 0xc000012345
    if a == 0 {
        0
    } else {
        0xc000000000 + (a & 0xffffffff)
    }
}

fn rune_count(s: &[u8]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < s.len() {
        i += decode_rune(s, i).1.max(1);
        n += 1;
    }
    n
}

/// An integer under `%d %b %o %O %x %X %c %q %U` with precision and flags
/// (no width: the caller pads).
pub fn fmt_int(x: i64, unsigned: bool, spec: &Spec) -> String {
    match spec.verb {
        'c' => {
            let mut b = Vec::new();
            encode_rune(x, &mut b);
            return String::from_utf8_lossy(&b).into_owned();
        }
        'q' => return quote_rune(x, spec.plus),
        'U' => {
            let mut s = format!("U+{:04X}", x);
            if spec.sharp
                && (0..=0x10FFFF).contains(&x)
                && let Some(c) = char::from_u32(x as u32)
            {
                s.push_str(&format!(" '{c}'"));
            }
            return s;
        }
        _ => {}
    }
    let neg = !unsigned && x < 0;
    let mag: u64 = if unsigned { x as u64 } else { x.unsigned_abs() };
    let mut digits = match spec.verb {
        'b' => format!("{mag:b}"),
        'o' | 'O' => format!("{mag:o}"),
        'x' => format!("{mag:x}"),
        'X' => format!("{mag:X}"),
        _ => mag.to_string(),
    };
    if let Some(p) = spec.prec {
        if p == 0 && mag == 0 {
            digits.clear();
        }
        while digits.len() < p {
            digits.insert(0, '0');
        }
    }
    let prefix = match spec.verb {
        'b' if spec.sharp => "0b",
        'o' if spec.sharp && !digits.starts_with('0') => "0",
        'O' => "0o",
        'x' if spec.sharp => "0x",
        'X' if spec.sharp => "0X",
        _ => "",
    };
    let sign = if neg {
        "-"
    } else if spec.plus {
        "+"
    } else if spec.space {
        " "
    } else {
        ""
    };
    format!("{sign}{prefix}{digits}")
}

/// A float under `%v %e %E %f %F %g %G` (no width: the caller pads).
pub fn fmt_float(f: f64, bits: u32, spec: &Spec) -> String {
    let sign = |s: String| -> String {
        if s.starts_with('-') {
            s
        } else if spec.plus {
            format!("+{s}")
        } else if spec.space {
            format!(" {s}")
        } else {
            s
        }
    };
    if f.is_nan() {
        return if spec.plus {
            "+NaN".into()
        } else if spec.space {
            " NaN".into()
        } else {
            "NaN".into()
        };
    }
    if f.is_infinite() {
        return if f < 0.0 {
            "-Inf".into()
        } else {
            sign("Inf".into())
        };
    }
    let s = match spec.verb {
        'e' | 'E' => fmt_e(f, spec.prec.unwrap_or(6), spec.verb == 'E'),
        'f' | 'F' => format!("{:.*}", spec.prec.unwrap_or(6), f),
        'g' | 'G' => fmt_g(f, bits, spec.prec, spec.verb == 'G', 21, spec.sharp),
        _ => fmt_g(f, bits, spec.prec, false, 21, spec.sharp),
    };
    sign(s)
}

/// `%e` with `prec` digits after the point: `1.234560e+06`.
fn fmt_e(f: f64, prec: usize, upper: bool) -> String {
    let s = format!("{:.*e}", prec, f);
    fix_exp(&s, upper)
}

/// Rust's `1.5e6` / `1.5e-7` to Go's `1.5e+06` / `1.5e-07`.
fn fix_exp(s: &str, upper: bool) -> String {
    let Some(epos) = s.find('e') else {
        return s.to_string();
    };
    let (mant, exp) = (&s[..epos], &s[epos + 1..]);
    let (esign, edigits) = match exp.strip_prefix('-') {
        Some(d) => ('-', d),
        None => ('+', exp),
    };
    let e = if upper { 'E' } else { 'e' };
    if edigits.len() < 2 {
        format!("{mant}{e}{esign}0{edigits}")
    } else {
        format!("{mant}{e}{esign}{edigits}")
    }
}

/// `%g`/`%v`: shortest representation (or `prec` significant digits), in
/// `%e` form when the exponent is < -4 or >= `eprec`.
pub fn fmt_g(
    f: f64,
    bits: u32,
    prec: Option<usize>,
    upper: bool,
    eprec_shortest: i32,
    sharp: bool,
) -> String {
    // digits and decimal exponent of the value
    let sci = match prec {
        None => {
            if bits == 32 {
                format!("{:e}", f as f32)
            } else {
                format!("{f:e}")
            }
        }
        Some(p) => format!("{:.*e}", p.max(1) - 1, f),
    };
    let epos = sci.find('e').unwrap_or(sci.len());
    let exp: i32 = sci[epos + 1..].parse().unwrap_or(0);
    let mant = &sci[..epos];
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let eprec = match prec {
        None => eprec_shortest,
        Some(p) => {
            let p = p.max(1) as i32;
            if sharp {
                p
            } else {
                p.min(digits.len() as i32).max(p.min(digits.len() as i32))
            }
        }
    };
    let eprec = match prec {
        Some(p) if !sharp => p.max(1) as i32,
        _ => eprec,
    };
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if exp < -4 || exp >= eprec {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let e = if upper { 'E' } else { 'e' };
        out.push(e);
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    } else if exp < 0 {
        out.push_str("0.");
        for _ in 0..(-exp - 1) {
            out.push('0');
        }
        out.push_str(&digits);
    } else {
        let ip = (exp + 1) as usize;
        if digits.len() <= ip {
            out.push_str(&digits);
            for _ in digits.len()..ip {
                out.push('0');
            }
        } else {
            out.push_str(&digits[..ip]);
            out.push('.');
            out.push_str(&digits[ip..]);
        }
    }
    out
}

/// Go's `strconv.Quote` (`ascii_only` for `%+q`).
pub fn quote(s: &[u8], ascii_only: bool) -> String {
    let mut out = String::from("\"");
    let mut i = 0;
    while i < s.len() {
        let (r, w) = decode_rune(s, i);
        if r == 0xFFFD && w == 1 && s[i] != 0xEF {
            out.push_str(&format!("\\x{:02x}", s[i]));
            i += 1;
            continue;
        }
        push_escaped(&mut out, r, b'"', ascii_only);
        i += w.max(1);
    }
    out.push('"');
    out
}

/// `%q` of a rune: `'x'`.
pub fn quote_rune(r: i64, ascii_only: bool) -> String {
    let r = if (0..=0x10FFFF).contains(&r) && !(0xD800..=0xDFFF).contains(&r) {
        r
    } else {
        0xFFFD
    };
    let mut out = String::from("'");
    push_escaped(&mut out, r, b'\'', ascii_only);
    out.push('\'');
    out
}

fn push_escaped(out: &mut String, r: i64, q: u8, ascii_only: bool) {
    let c = char::from_u32(r as u32).unwrap_or('\u{FFFD}');
    match c {
        '\x07' => out.push_str("\\a"),
        '\x08' => out.push_str("\\b"),
        '\x0c' => out.push_str("\\f"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        '\x0b' => out.push_str("\\v"),
        '\\' => out.push_str("\\\\"),
        c if c as u32 == q as u32 => {
            out.push('\\');
            out.push(c);
        }
        c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
        c if (c as u32) < 0x7f => out.push(c),
        c if ascii_only || !is_print(c) => {
            if (c as u32) < 0x10000 {
                out.push_str(&format!("\\u{:04x}", c as u32))
            } else {
                out.push_str(&format!("\\U{:08x}", c as u32))
            }
        }
        c => out.push(c),
    }
}

/// An approximation of `unicode.IsPrint` for non-ASCII runes.
fn is_print(c: char) -> bool {
    let u = c as u32;
    !((0x80..0xa0).contains(&u)
        || u == 0xad
        || (0x2000..=0x200f).contains(&u) && u != 0x2000
        || (0x2028..=0x202e).contains(&u)
        || (0x2060..=0x206f).contains(&u)
        || u == 0xfeff
        || (0xfff9..=0xfffb).contains(&u)
        || (0xe000..=0xf8ff).contains(&u)
        || u >= 0xf0000
        || (0xfdd0..=0xfdef).contains(&u)
        || (u & 0xfffe) == 0xfffe)
}

/// fmt's key order for printing maps (internal/fmtsort).
pub fn compare_values(types: &TypeTable, a: &Value, b: &Value, ty: TypeId) -> Ordering {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            if types.basic(ty).is_some_and(|k| k.is_unsigned()) {
                (*x as u64).cmp(&(*y as u64))
            } else {
                x.cmp(y)
            }
        }
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y).unwrap_or_else(|| {
            if x.is_nan() && y.is_nan() {
                Ordering::Equal
            } else if x.is_nan() {
                Ordering::Less
            } else {
                Ordering::Greater
            }
        }),
        (Value::Str(x), Value::Str(y)) => x.cmp(y),
        (Value::Bool(x), Value::Bool(y)) => x.cmp(y),
        (Value::Agg(x), Value::Agg(y)) => {
            let field_ty = |i: usize| match types.under(ty) {
                Type::Struct(fs) => fs[i].ty,
                Type::Array { elem, .. } => *elem,
                _ => ty,
            };
            for i in 0..x.len().min(y.len()) {
                let c = compare_values(types, &x.load(i), &y.load(i), field_ty(i));
                if c != Ordering::Equal {
                    return c;
                }
            }
            Ordering::Equal
        }
        (Value::Iface(x), Value::Iface(y)) => {
            if x.ty != y.ty {
                return x.ty.cmp(&y.ty);
            }
            compare_values(types, &x.val, &y.val, x.ty)
        }
        (Value::Nil, Value::Nil) => Ordering::Equal,
        (Value::Nil, _) => Ordering::Less,
        (_, Value::Nil) => Ordering::Greater,
        _ => value_addr(a).cmp(&value_addr(b)),
    }
}

/// How the `print`/`println` builtins show their (boxed) operands.
pub fn builtin_print(prog: &Program, vals: &[Value], ln: bool) -> String {
    let mut s = String::new();
    for (i, v) in vals.iter().enumerate() {
        if ln && i > 0 {
            s.push(' ');
        }
        let (val, ty) = match v {
            Value::Iface(i) => (i.val.clone(), i.ty),
            other => (other.clone(), TypeTable::UNTYPED_NIL),
        };
        match (prog.types.basic(ty), &val) {
            (Some(BasicKind::Bool), _) => s.push_str(if val.bool() { "true" } else { "false" }),
            (Some(BasicKind::String), _) => s.push_str(&String::from_utf8_lossy(val.str())),
            (Some(k @ (BasicKind::Float32 | BasicKind::Float64)), _) => {
                s.push_str(&print_float(val.float(), k));
            }
            (Some(k), _) if k.is_unsigned() => s.push_str(&(val.int() as u64).to_string()),
            (Some(k), _) if k.is_integer() => s.push_str(&val.int().to_string()),
            (_, Value::Nil) => s.push_str("nil"),
            _ => s.push_str(&format!("0x{:x}", value_addr(&val))),
        }
    }
    if ln {
        s.push('\n');
    }
    s
}

/// The runtime's `printfloat64`/`printfloat32` (used by `print`, `println`
/// and panic values): strconv's shortest 'g' form at the value's size.
fn print_float(f: f64, k: BasicKind) -> String {
    let bits = if k == BasicKind::Float32 { 32 } else { 64 };
    crate::stdlib::format::float::format_float(f, b'g', -1, bits)
}

/// The runtime's `printindented`: every newline of a panic string is
/// followed by a tab, so it stays inside the report's indentation.
fn print_indented(s: &str) -> String {
    s.replace('\n', "\n\t")
}

/// `printpanicval`: what follows `panic: ` for a value.
pub fn panic_text(fiber: &mut Fiber, v: &Value) -> String {
    let Value::Iface(i) = v else {
        return "nil".into();
    };
    let (ty, val) = (i.ty, i.val.clone());
    let prog = fiber.prog.clone();
    // errors and Stringers print through their methods
    for name in ["Error", "String"] {
        if let Some(m) = prog.find_method(ty, name)
            && prog.is_string_getter(&m)
            && prog.in_method_set(ty, &m)
            && let Ok((callee, r)) = fiber.resolve_method(v, &m)
        {
            let f = Value::Func(Arc::new(crate::vm::value::Closure {
                callee,
                captures: Box::new([]),
                recv: Some(r),
            }));
            if let Ok(out) = fiber.call_nested(&f, &[]) {
                return print_indented(&String::from_utf8_lossy(
                    out.first().map(|v| v.str()).unwrap_or(b""),
                ));
            }
        }
    }
    let named = prog.types.named(ty).is_some();
    let tname = prog.types.type_string(ty, true);
    match prog.types.basic(ty) {
        Some(k) => {
            let s = match k {
                BasicKind::String => {
                    let s = print_indented(&String::from_utf8_lossy(val.str()));
                    return if named {
                        format!("{tname}(\"{s}\")")
                    } else {
                        s
                    };
                }
                BasicKind::Bool => val.bool().to_string(),
                BasicKind::Float32 | BasicKind::Float64 => print_float(val.float(), k),
                k if k.is_unsigned() => (val.int() as u64).to_string(),
                _ => val.int().to_string(),
            };
            if named { format!("{tname}({s})") } else { s }
        }
        None => format!("({tname}) 0x{:x}", value_addr(&val).max(0xc000010000)),
    }
}
