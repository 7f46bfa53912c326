//! The Go standard library: package declarations (Go source, `decls/`) and
//! natives (Rust implementations of the bodiless declarations), looked up by
//! qualified name at link time.

pub mod decls;
pub mod fmt;
pub mod format;

use crate::vm::native::{NativeCtx, NativeFn, NativeOut};
use crate::vm::panic::Panic;
use crate::vm::value::{Iface, Value};
use std::sync::Arc;

/// Every native, by qualified name (`strings.Contains`, `sync.Mutex.Lock`).
pub fn natives() -> Vec<(&'static str, NativeFn)> {
    let mut v = fmt::natives();
    v.extend([
        ("errors.New", errors_new as NativeFn),
        ("os.Exit", os_exit as NativeFn),
        ("runtime.Error.Error", runtime_error_error as NativeFn),
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
