//! The Go standard library: package declarations (Go source, `decls/`) and
//! natives (Rust implementations of the bodiless declarations), looked up by
//! qualified name at link time.

pub mod atomic;
pub mod basic;
pub mod decls;
pub mod fmt;
pub mod format;
pub mod sync;
pub mod timer;

use crate::vm::native::{NativeCtx, NativeFn, NativeOut};
use crate::vm::panic::Panic;
use crate::vm::value::{Iface, Value};
use std::sync::Arc;

/// Every native, by qualified name (`strings.Contains`, `sync.Mutex.Lock`).
pub fn natives() -> Vec<(&'static str, NativeFn)> {
    let mut v = fmt::natives();
    v.extend(basic::natives());
    v.extend(sync::natives());
    v.extend(atomic::natives());
    v.extend(atomic::more_natives());
    v.extend(timer::natives());
    v.extend([
        ("errors.New", errors_new as NativeFn),
        ("os.Exit", os_exit as NativeFn),
        ("runtime.Error.Error", runtime_error_error as NativeFn),
        ("os.write", os_write as NativeFn),
        ("os.runtimeArgs", os_args as NativeFn),
        ("os.ioEOF", os_io_eof as NativeFn),
        ("errors.comparable", errors_comparable as NativeFn),
        ("builtin.panic", builtin_panic as NativeFn),
        ("builtin.close", builtin_close as NativeFn),
        ("builtin.delete", builtin_delete as NativeFn),
        ("builtin.print", builtin_print as NativeFn),
        ("builtin.println", builtin_println as NativeFn),
        ("builtin.recover", builtin_nop as NativeFn),
        ("builtin.nop", builtin_nop as NativeFn),
    ]);
    v
}

pub fn lookup(name: &str) -> Option<NativeFn> {
    natives()
        .into_iter()
        .find(|(n, _)| *n == name)
        .map(|(_, f)| f)
}

fn errors_new(ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    let ty = ctx.prog().rt.simple_error;
    Ok(NativeOut::One(Value::Iface(Arc::new(Iface {
        ty,
        val: args[0].clone(),
    }))))
}

fn os_exit(_ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    Err(Panic::Exit(args[0].int() as i32))
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

/// `os.write(fd, b)`: stdout and stderr go through the program's buffers.
fn os_write(ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    let bytes = match &args[1] {
        Value::Slice(s) => s.store.bytes(s.off as usize, s.len as usize),
        _ => Vec::new(),
    };
    match args[0].int() {
        2 => ctx.stderr(&bytes),
        _ => ctx.stdout(&bytes),
    }
    Ok(NativeOut::One(Value::Int(bytes.len() as i64)))
}

fn os_args(ctx: &mut NativeCtx, _args: &[Value]) -> Result<NativeOut, Panic> {
    let args = ctx.fiber.m.args.clone();
    let n = args.len();
    let st = crate::vm::heap::Store::from_values(args.iter().map(|a| Value::str_from(a)).collect());
    Ok(NativeOut::One(Value::Slice(crate::vm::value::Slice::new(
        Arc::new(st),
        0,
        n as u32,
        n as u32,
    ))))
}

/// `errors.comparable(x)`: is x's dynamic type comparable?
fn errors_comparable(ctx: &mut NativeCtx, args: &[Value]) -> Result<NativeOut, Panic> {
    let ok = match &args[0] {
        Value::Iface(i) => crate::vm::types_rt::comparable(ctx.types(), i.ty),
        _ => true,
    };
    Ok(NativeOut::One(Value::Bool(ok)))
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

fn builtin_nop(_ctx: &mut NativeCtx, _args: &[Value]) -> Result<NativeOut, Panic> {
    Ok(NativeOut::None)
}

/// `io.EOF`, shared with package os.
fn os_io_eof(ctx: &mut NativeCtx, _args: &[Value]) -> Result<NativeOut, Panic> {
    if let Some(&g) = ctx.prog().global_names.get("io.EOF") {
        let v = ctx.fiber.m.globals.load(g as usize);
        if !v.is_nil() {
            return Ok(NativeOut::One(v));
        }
    }
    let ty = ctx.prog().rt.simple_error;
    Ok(NativeOut::One(Value::Iface(Arc::new(Iface {
        ty,
        val: Value::str_from("EOF"),
    }))))
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
