//! The Go standard library: package declarations (Go source, `decls/`) and
//! natives (Rust implementations of the bodiless declarations), looked up by
//! qualified name at link time.

pub mod bits;
pub mod bytes;
pub mod decls;
pub mod errors;
pub mod fmt;
pub mod format;
mod gomath;
pub mod math;
#[cfg(test)]
#[rustfmt::skip]
mod math_tests_tables;
pub mod os;
pub mod rand;
pub mod sort;
pub mod strconv;
pub mod strings;
pub mod unicode;
#[rustfmt::skip]
mod unicode_tables;
pub mod atomic;
pub mod runtime;
pub mod sync;
pub mod testing;
pub mod time;
pub mod utf8;
pub mod vals;

use crate::vm::native::{NativeCtx, NativeFn, NativeOut};
use crate::vm::panic::Panic;
use crate::vm::value::Value;

/// Every native, by qualified name (`strings.Contains`, `sync.Mutex.Lock`).
pub fn natives() -> Vec<(&'static str, NativeFn)> {
    let mut v = fmt::natives();
    v.extend(bytes::natives());
    v.extend(bits::natives());
    v.extend(errors::natives());
    v.extend(math::natives());
    v.extend(os::natives());
    v.extend(rand::natives());
    v.extend(sort::natives());
    v.extend(strconv::natives());
    v.extend(strings::natives());
    v.extend(unicode::natives());
    v.extend(utf8::natives());
    v.extend(sync::natives());
    v.extend(atomic::natives());
    v.extend(runtime::natives());
    v.extend(time::natives());
    v.extend(testing::natives());
    v.extend([
        ("runtime.Error.Error", runtime_error_error as NativeFn),
        ("builtin.panic", builtin_panic as NativeFn),
        ("builtin.close", builtin_close as NativeFn),
        ("builtin.delete", builtin_delete as NativeFn),
        ("builtin.print", builtin_print as NativeFn),
        ("builtin.println", builtin_println as NativeFn),
        ("builtin.recover", builtin_nop as NativeFn),
        ("builtin.nop", builtin_nop as NativeFn),
        ("builtin.fmin", builtin_fmin as NativeFn),
        ("builtin.fmax", builtin_fmax as NativeFn),
    ]);
    v
}

pub fn lookup(name: &str) -> Option<NativeFn> {
    natives()
        .into_iter()
        .find(|(n, _)| *n == name)
        .map(|(_, f)| f)
}

/// `Error()` of the VM's own error values (runtime errors, errors.New).
fn runtime_error_error(_ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    Ok(NativeOut::One(args[0].clone()))
}

/// Bound to natives that are declared but not implemented yet.
pub fn unimplemented_native(ctx: &mut NativeCtx, _args: &[Value]) -> Result<NativeOut, Panic> {
    let _ = ctx;
    Err(Panic::Fatal(
        "call of a library function that is not implemented yet".into(),
    ))
}

fn builtin_panic(_ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    Err(Panic::value(args[0].clone()))
}

fn builtin_print(ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    let vals = fmt::variadic(&args[0]);
    let s = fmt::print::builtin_print(ctx.prog(), &vals, false);
    ctx.stderr(s.as_bytes());
    Ok(NativeOut::None)
}

fn builtin_println(ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    let vals = fmt::variadic(&args[0]);
    let s = fmt::print::builtin_print(ctx.prog(), &vals, true);
    ctx.stderr(s.as_bytes());
    Ok(NativeOut::None)
}

/// `min(x, y)` of floats, Go's `runtime.fmin`: a NaN operand wins, and
/// `min(-0.0, +0.0)` is `-0.0`.
fn builtin_fmin(_ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    let (x, y) = (args[0].float(), args[1].float());
    let r = if y.is_nan() || y < x {
        y
    } else if x.is_nan() || x < y || x != 0.0 {
        x
    } else {
        f64::from_bits(x.to_bits() | y.to_bits())
    };
    Ok(NativeOut::One(Value::Float(r)))
}

/// `max(x, y)` of floats, Go's `runtime.fmax`: a NaN operand wins, and
/// `max(-0.0, +0.0)` is `+0.0`.
fn builtin_fmax(_ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    let (x, y) = (args[0].float(), args[1].float());
    let r = if y.is_nan() || y > x {
        y
    } else if x.is_nan() || x > y || x != 0.0 {
        x
    } else {
        f64::from_bits(x.to_bits() & y.to_bits())
    };
    Ok(NativeOut::One(Value::Float(r)))
}

fn builtin_nop(_ctx: &mut NativeCtx, _args: &[Value]) -> Result<NativeOut, Panic> {
    Ok(NativeOut::None)
}

/// `close(ch)` run by `defer` or `go`.
fn builtin_close(ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    let Value::Chan(c) = &args[0] else {
        return Err(ctx.prog().plain_error("close of nil channel"));
    };
    if let Some(c) = crate::vm::chan::as_chan(c) {
        c.ch.close()
            .map_err(|e| ctx.prog().plain_error(e.as_str()))?;
    }
    Ok(NativeOut::None)
}

/// `delete(m, k)` run by `defer` or `go`.
fn builtin_delete(ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    if let Value::Map(m) = &args[0] {
        let key = crate::vm::map::Key::of(&args[1]).map_err(|e| {
            ctx.prog().runtime_error(&format!(
                "hash of unhashable type {}",
                ctx.prog().types.type_string(e.0, true)
            ))
        })?;
        m.delete(&key);
    }
    Ok(NativeOut::None)
}
