//! The Go standard library: natives (Rust implementations of the bodiless
//! declarations in `decls/*.go`), looked up by qualified name at link time.

pub mod bytes;
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
pub mod utf8;
pub mod vals;

use crate::vm::native::{NativeCtx, NativeFn, NativeOut};
use crate::vm::panic::Panic;
use crate::vm::value::Value;

/// Every native, by qualified name (`strings.Contains`, `sync.Mutex.Lock`).
pub fn natives() -> Vec<(&'static str, NativeFn)> {
    let mut v = fmt::natives();
    v.extend(bytes::natives());
    v.extend(errors::natives());
    v.extend(math::natives());
    v.extend(os::natives());
    v.extend(rand::natives());
    v.extend(sort::natives());
    v.extend(strconv::natives());
    v.extend(strings::natives());
    v.extend(unicode::natives());
    v.extend(utf8::natives());
    v.extend([("runtime.Error.Error", runtime_error_error as NativeFn)]);
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
