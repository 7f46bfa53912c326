//! Package `os`: the natives under `decls/os.go`: the standard streams
//! (`write`/`read` by file descriptor; `*os.File` and its methods are Go),
//! `Args`, the environment, `Exit`, and whole-file `ReadFile`/`WriteFile`
//! on the host. Errors from the host are `*errors.errorString` values with
//! Go's text (`open x: no such file or directory`).

use super::vals::{R, byte_slice, bytes_of, int, many, one, string, string_slice};
use crate::vm::native::{NativeCtx, NativeFn};
use crate::vm::panic::Panic;
use crate::vm::value::{Iface, Value, str_value};
use std::io::Read;
use std::sync::Arc;

/// An `error` value with message `msg` (the VM's `*errors.errorString`).
fn error_value(ctx: &NativeCtx, msg: &str) -> Value {
    Value::Iface(Arc::new(Iface {
        ty: ctx.prog().rt.simple_error,
        val: Value::str_from(msg),
    }))
}

/// Go's text for a host I/O error: `open name: no such file or directory`.
fn path_error(ctx: &NativeCtx, op: &str, name: &[u8], e: &std::io::Error) -> Value {
    let reason = match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        std::io::ErrorKind::IsADirectory => "is a directory".to_string(),
        _ => {
            // Rust's text is "Some text (os error N)"; Go prints the lower-case strerror
            let s = e.to_string();
            let s = s.split(" (os error").next().unwrap_or(&s).to_string();
            let mut c = s.chars();
            c.next()
                .map_or(String::new(), |f| f.to_lowercase().chain(c).collect())
        }
    };
    error_value(
        ctx,
        &format!("{op} {}: {reason}", String::from_utf8_lossy(name)),
    )
}

/// `write(fd int, b []byte) int`: fd 1 is stdout, 2 stderr (others discard).
fn write(ctx: &mut NativeCtx, a: &[Value]) -> R {
    let b = bytes_of(&a[1]);
    match a[0].int() {
        1 => ctx.stdout(&b),
        2 => ctx.stderr(&b),
        _ => {}
    }
    int(b.len() as i64)
}

/// `read(fd int, b []byte) (n int, eof bool)`: reads stdin into `b`.
/// Stdout is flushed first, so a prompt shows before the program waits.
fn read(ctx: &mut NativeCtx, a: &[Value]) -> R {
    let Value::Slice(s) = &a[1] else {
        return many(vec![Value::Int(0), Value::Bool(false)]);
    };
    if s.len == 0 {
        return many(vec![Value::Int(0), Value::Bool(false)]);
    }
    if a[0].int() != 0 {
        return many(vec![Value::Int(0), Value::Bool(true)]);
    }
    ctx.fiber.m.out.flush();
    let mut buf = vec![0u8; s.len as usize];
    let n = loop {
        match std::io::stdin().lock().read(&mut buf) {
            Ok(n) => break n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => break 0,
        }
    };
    for (i, b) in buf[..n].iter().enumerate() {
        s.store.store(s.off as usize + i, Value::Int(*b as i64));
    }
    many(vec![Value::Int(n as i64), Value::Bool(n == 0)])
}

/// `runtimeArgs() []string`: the program name, then its arguments.
fn runtime_args(ctx: &mut NativeCtx, _: &[Value]) -> R {
    one(string_slice(ctx.fiber.m.args.iter().map(|s| s.as_bytes())))
}

/// `ioEOF() error`: package io's `EOF` value (a package-level variable,
/// found by name), so `err == io.EOF` holds for os.File reads.
fn io_eof(ctx: &mut NativeCtx, _: &[Value]) -> R {
    if let Some(&g) = ctx.prog().global_names.get("io.EOF") {
        let v = ctx.fiber.m.globals.load(g as usize);
        if !v.is_nil() {
            return one(v);
        }
    }
    one(error_value(ctx, "EOF"))
}

/// `os.Exit(code)`: deferred functions do not run.
fn exit(_: &mut NativeCtx, a: &[Value]) -> R {
    Err(Panic::Exit(a[0].int() as i32))
}

fn key(v: &Value) -> String {
    String::from_utf8_lossy(v.str()).into_owned()
}

fn getenv(_: &mut NativeCtx, a: &[Value]) -> R {
    string(
        std::env::var_os(key(&a[0]))
            .map(|v| v.into_encoded_bytes())
            .unwrap_or_default()
            .as_slice(),
    )
}
fn lookup_env(_: &mut NativeCtx, a: &[Value]) -> R {
    match std::env::var_os(key(&a[0])) {
        Some(v) => many(vec![str_value(&v.into_encoded_bytes()), Value::Bool(true)]),
        None => many(vec![str_value(b""), Value::Bool(false)]),
    }
}
/// `Setenv`: changes this process's environment (single-threaded use only,
/// as the Rust runtime requires; gosub programs rarely race on it).
fn setenv(ctx: &mut NativeCtx, a: &[Value]) -> R {
    let k = key(&a[0]);
    if k.is_empty() || k.contains('=') || k.contains('\0') {
        return one(error_value(ctx, "setenv: invalid argument"));
    }
    // SAFETY: the environment is only touched from natives, which the
    // scheduler runs one goroutine at a time per call; no C code reads it
    // concurrently.
    unsafe { std::env::set_var(k, key(&a[1])) };
    one(Value::Nil)
}
fn unsetenv(_: &mut NativeCtx, a: &[Value]) -> R {
    // SAFETY: as in `setenv`.
    unsafe { std::env::remove_var(key(&a[0])) };
    one(Value::Nil)
}
fn environ(_: &mut NativeCtx, _: &[Value]) -> R {
    let vars: Vec<Vec<u8>> = std::env::vars_os()
        .map(|(k, v)| {
            let mut e = k.into_encoded_bytes();
            e.push(b'=');
            e.extend(v.into_encoded_bytes());
            e
        })
        .collect();
    one(string_slice(vars))
}
fn getpid(_: &mut NativeCtx, _: &[Value]) -> R {
    int(std::process::id() as i64)
}
fn hostname(_: &mut NativeCtx, _: &[Value]) -> R {
    let name =
        std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap_or_else(|_| "localhost".into());
    many(vec![Value::str_from(name.trim()), Value::Nil])
}
fn getwd(ctx: &mut NativeCtx, _: &[Value]) -> R {
    match std::env::current_dir() {
        Ok(d) => many(vec![
            str_value(d.as_os_str().as_encoded_bytes()),
            Value::Nil,
        ]),
        Err(e) => {
            let err = path_error(ctx, "getwd", b".", &e);
            many(vec![str_value(b""), err])
        }
    }
}
/// `ReadFile(name) ([]byte, error)`.
fn read_file(ctx: &mut NativeCtx, a: &[Value]) -> R {
    match std::fs::read(key(&a[0])) {
        Ok(b) => many(vec![byte_slice(&b), Value::Nil]),
        Err(e) => {
            let err = path_error(ctx, "open", a[0].str(), &e);
            many(vec![Value::Nil, err])
        }
    }
}
/// `WriteFile(name, data, perm) error`.
fn write_file(ctx: &mut NativeCtx, a: &[Value]) -> R {
    match std::fs::write(key(&a[0]), bytes_of(&a[1])) {
        Ok(()) => one(Value::Nil),
        Err(e) => one(path_error(ctx, "open", a[0].str(), &e)),
    }
}

pub fn natives() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("os.write", write as NativeFn),
        ("os.read", read),
        ("os.runtimeArgs", runtime_args),
        ("os.ioEOF", io_eof),
        ("os.Exit", exit),
        ("os.Getenv", getenv),
        ("os.LookupEnv", lookup_env),
        ("os.Setenv", setenv),
        ("os.Unsetenv", unsetenv),
        ("os.Environ", environ),
        ("os.Getpid", getpid),
        ("os.Hostname", hostname),
        ("os.Getwd", getwd),
        ("os.ReadFile", read_file),
        ("os.WriteFile", write_file),
    ]
}
