//! `gosub test [-v] [-run REGEX] [-count N] [-timeout D] [-short] [PATHS]`:
//! what `go test` does for one package, with the same output.
//!
//! # How a package is tested
//!
//! 1. PATHS are `.go` files (one package, printed as
//!    `command-line-arguments`, as go does) or directories (one package
//!    each: all its `.go` files, `_test.go` included); the default is `.`.
//! 2. The files are checked in test mode (any package name; no `main`
//!    needed) and compiled. The package's `TestXxx(t *testing.T)` functions
//!    are collected in source order (files sorted by name), and
//!    `TestMain(m *testing.M)` if there is one.
//! 3. Goroutine 1 runs the Go function `testing.runMain(init, tests,
//!    testMain)` (`decls/testing.go`): package initialisation (the
//!    compiler's entry, which in test mode does not call `main`), then
//!    `TestMain(m)` or `m.Run()`, then `os.Exit(code)`. Tests run one after
//!    another, each in its own goroutine; goroutines a test leaves behind
//!    keep running meanwhile.
//! 4. The program's stderr is made the same file as its stdout (as `go
//!    test` pipes both into one), so panics and deadlock reports appear in
//!    order with the test output.
//! 5. After it exits: `ok  \tPKG\t0.123s` for code 0, else
//!    `FAIL\tPKG\t0.123s`; and a last `FAIL` line if any package failed.
//!    The exit code is 0 or 1, as `go test`'s.
//!
//! `-timeout` (default 10m, 0 disables) is a watchdog thread: when it
//! fires it prints Go's `panic: test timed out after D` with the running
//! tests and ends the process.

use crate::stdlib::testing::{Config, running_tests, set_config, split_pattern};
use crate::syntax::ast;
use crate::types::check::CheckOptions;
use crate::types::ty::Type;
use crate::vm::fiber::Fiber;
use crate::vm::heap::Store;
use crate::vm::output::Output;
use crate::vm::value::{Callee, Closure, Slice, Value};
use std::io::{IsTerminal, Write};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// Parsed command line.
struct Opts {
    cfg: Config,
    timeout: Option<Duration>,
    paths: Vec<String>,
}

const USAGE: &str =
    "usage: gosub test [-v] [-run regexp] [-count n] [-timeout d] [-short] [packages or files]";

fn parse_args(args: &[String]) -> Result<Opts, String> {
    let mut o = Opts {
        cfg: Config {
            count: 1,
            ..Config::default()
        },
        timeout: Some(Duration::from_secs(600)),
        paths: Vec::new(),
    };
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        i += 1;
        if !a.starts_with('-') || a == "-" {
            o.paths.push(a.clone());
            continue;
        }
        let flag = a.trim_start_matches('-');
        let flag = flag.strip_prefix("test.").unwrap_or(flag);
        let (name, inline) = match flag.split_once('=') {
            Some((n, v)) => (n, Some(v.to_string())),
            None => (flag, None),
        };
        let value = |i: &mut usize| -> Result<String, String> {
            if let Some(v) = &inline {
                return Ok(v.clone());
            }
            let v = args
                .get(*i)
                .cloned()
                .ok_or(format!("flag needs an argument: -{name}"))?;
            *i += 1;
            Ok(v)
        };
        match name {
            "v" | "short" | "failfast" | "race" | "cover" | "json" => {
                let on = inline.as_deref().is_none_or(|v| v == "true" || v == "1");
                match name {
                    "v" => o.cfg.verbose = on,
                    "short" => o.cfg.short = on,
                    _ => {}
                }
            }
            "run" => {
                let p = value(&mut i)?;
                o.cfg.run = if p.is_empty() {
                    Vec::new()
                } else {
                    split_pattern(&p)
                        .iter()
                        .map(|s| {
                            regex::Regex::new(s)
                                .map_err(|e| format!("invalid regexp for -test.run: {e}"))
                        })
                        .collect::<Result<_, _>>()?
                };
            }
            "count" => {
                let v = value(&mut i)?;
                o.cfg.count = v
                    .parse()
                    .map_err(|_| format!("invalid value \"{v}\" for flag -count"))?;
            }
            "timeout" => {
                let v = value(&mut i)?;
                let d = crate::stdlib::time::parse_dur(v.as_bytes()).ok_or_else(|| {
                    format!("invalid value \"{v}\" for flag -timeout: parse error")
                })?;
                o.timeout = (d > 0).then(|| Duration::from_nanos(d as u64));
            }
            "bench" | "benchtime" | "cpu" | "parallel" | "coverprofile" | "tags" => {
                value(&mut i)?;
            }
            _ => return Err(format!("flag provided but not defined: -{name}\n{USAGE}")),
        }
    }
    if o.paths.is_empty() {
        o.paths.push(".".into());
    }
    Ok(o)
}

/// `gosub test ARGS`: the exit code.
pub fn main(args: &[String]) -> i32 {
    let opts = match parse_args(args) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{e}");
            return 2;
        }
    };
    set_config(opts.cfg.clone());
    // Files make one package; each directory is a package.
    let (files, dirs): (Vec<String>, Vec<String>) =
        opts.paths.iter().cloned().partition(|p| p.ends_with(".go"));
    let mut packages: Vec<(String, Vec<String>)> = Vec::new();
    if !files.is_empty() {
        packages.push(("command-line-arguments".into(), files));
    }
    for d in dirs {
        packages.push((import_path(&d), vec![d]));
    }
    let mut failed = false;
    for (pkg, paths) in &packages {
        if run_package(pkg, paths, opts.timeout) != 0 {
            failed = true;
        }
    }
    if failed {
        println!("FAIL");
        return 1;
    }
    0
}

/// The import path go prints for directory `dir`: the module path from the
/// nearest `go.mod` plus the directory below it.
fn import_path(dir: &str) -> String {
    let Ok(abs) = std::fs::canonicalize(dir) else {
        return dir.to_string();
    };
    let mut cur: &Path = &abs;
    loop {
        if let Ok(text) = std::fs::read_to_string(cur.join("go.mod"))
            && let Some(m) = text.lines().find_map(|l| l.trim().strip_prefix("module "))
        {
            let m = m.trim().trim_matches('"');
            let rel = abs
                .strip_prefix(cur)
                .map(|r| r.to_string_lossy().into_owned())
                .unwrap_or_default();
            return if rel.is_empty() {
                m.to_string()
            } else {
                format!("{m}/{rel}")
            };
        }
        match cur.parent() {
            Some(p) => cur = p,
            None => return format!("_{}", abs.display()),
        }
    }
}

/// Makes the process's stderr the same file as its stdout.
fn merge_stderr_into_stdout() {
    unsafe extern "C" {
        fn dup2(oldfd: i32, newfd: i32) -> i32;
    }
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    // SAFETY: dup2 on the process's own standard descriptors; no Rust
    // object owns fd 2 exclusively (std's stderr is unbuffered).
    unsafe {
        dup2(1, 2);
    }
}

/// Tests one package; 0 if it passed.
fn run_package(pkg: &str, paths: &[String], timeout: Option<Duration>) -> i32 {
    let has_tests = paths.iter().any(|p| {
        if p.ends_with(".go") {
            return p.ends_with("_test.go");
        }
        std::fs::read_dir(p).is_ok_and(|rd| {
            rd.filter_map(|e| e.ok())
                .any(|e| e.file_name().to_string_lossy().ends_with("_test.go"))
        })
    });
    if !has_tests {
        println!("?   \t{pkg}\t[no test files]");
        return 0;
    }
    let opts = CheckOptions {
        test_mode: true,
        ..CheckOptions::default()
    };
    let (sources, checked) = crate::types::load::check_files(paths, &opts);
    let build_failed = |diags: &[crate::diag::Diagnostic]| {
        eprint!(
            "{}",
            crate::diag::render(&sources, diags, std::io::stderr().is_terminal())
        );
        println!("FAIL\t{pkg} [build failed]");
        1
    };
    let checked = match checked {
        Ok(c) => c,
        Err(d) => return build_failed(&d),
    };
    let prog = match crate::compiler::compile(&checked, &sources) {
        Ok(p) => p,
        Err(d) => return build_failed(&d),
    };
    let Some(user) = checked.packages.last() else {
        return 1;
    };
    let func_index = |name: &str| {
        let full = format!("{}.{}", user.path, name);
        prog.funcs.iter().position(|f| f.name == full)
    };
    // TestXxx(t *testing.T) and TestMain(m *testing.M), in source order.
    let mut tests: Vec<(String, usize)> = Vec::new();
    let mut test_main = None;
    for file in &user.files {
        for d in &file.decls {
            let ast::Decl::Func(fd) = d else { continue };
            if fd.recv.is_some() || fd.body.is_none() {
                continue;
            }
            let name = fd.name.name.as_str();
            let Some(rest) = name.strip_prefix("Test") else {
                continue;
            };
            if rest.chars().next().is_some_and(|c| c.is_lowercase()) {
                continue;
            }
            let Some(&obj) = checked.info.defs.get(&fd.name.id) else {
                continue;
            };
            let param = match checked.types.get(checked.info.object(obj).ty) {
                Type::Func(sig) if sig.params.len() == 1 && sig.results.is_empty() => {
                    checked.types.type_string(sig.params[0], true)
                }
                _ => continue,
            };
            match (name, param.as_str()) {
                ("TestMain", "*testing.M") => test_main = func_index(name),
                (_, "*testing.T") if name != "TestMain" => {
                    if let Some(i) = func_index(name) {
                        tests.push((name.to_string(), i));
                    }
                }
                _ => {}
            }
        }
    }
    let Some(run_main) = prog.funcs.iter().position(|f| f.name == "testing.runMain") else {
        println!("?   \t{pkg}\t[no test files]");
        return 0;
    };
    let func = |i: usize| {
        Value::Func(Arc::new(Closure {
            callee: Callee::Go(i as u32),
            captures: Box::new([]),
            recv: None,
        }))
    };
    let entry = func(prog.entry as usize);
    let n = tests.len() as u32;
    let items: Vec<Value> = tests
        .iter()
        .map(|(name, i)| {
            Value::Agg(Arc::new(Store::from_values(vec![
                Value::str_from(name),
                func(*i),
            ])))
        })
        .collect();
    let list = Value::Slice(Slice::new(Arc::new(Store::from_values(items)), 0, n, n));
    let tm = test_main.map_or(Value::Nil, func);
    let main_fn = func(run_main);

    let m = crate::cli::machine(prog, Output::stdio(), vec![format!("{pkg}.test")]);
    merge_stderr_into_stdout();
    let start = Instant::now();
    let done = Arc::new(AtomicBool::new(false));
    if let Some(t) = timeout {
        let (done, m, pkg) = (done.clone(), m.clone(), pkg.to_string());
        std::thread::spawn(move || {
            std::thread::sleep(t);
            if done.load(Ordering::SeqCst) {
                return;
            }
            m.out.flush();
            let mut s = format!(
                "panic: test timed out after {}\n\trunning tests:\n",
                go_duration(t)
            );
            for (name, since) in running_tests() {
                s.push_str(&format!(
                    "\t\t{name} ({})\n",
                    go_duration_round(since.elapsed())
                ));
            }
            s.push_str(&format!(
                "\nFAIL\t{pkg}\t{:.3}s\n",
                start.elapsed().as_secs_f64()
            ));
            s.push_str("FAIL\n");
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(s.as_bytes());
            let _ = out.flush();
            std::process::exit(1);
        });
    }
    let f = Fiber::new(m.clone(), main_fn, vec![entry, list, tm], 1);
    let code = crate::vm::task::run_main(f);
    done.store(true, Ordering::SeqCst);
    m.out.flush();
    let secs = start.elapsed().as_secs_f64();
    if code == 0 {
        println!("ok  \t{pkg}\t{secs:.3}s");
    } else {
        println!("FAIL\t{pkg}\t{secs:.3}s");
    }
    (code != 0) as i32
}

/// A duration as Go prints it (`1s`, `1m30s`, `500ms`).
fn go_duration(d: Duration) -> String {
    crate::stdlib::format::duration::duration_string(d.as_nanos().min(i64::MAX as u128) as i64)
}

/// Go rounds the running time of tests in the timeout report to seconds.
fn go_duration_round(d: Duration) -> String {
    go_duration(Duration::from_secs(d.as_secs_f64().round() as u64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_parse() {
        let a: Vec<String> = [
            "-v",
            "-run=TestA/sub",
            "-count",
            "2",
            "-timeout",
            "30s",
            "dir",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let o = parse_args(&a).expect("valid flags");
        assert!(o.cfg.verbose);
        assert_eq!(o.cfg.run.len(), 2);
        assert_eq!(o.cfg.count, 2);
        assert_eq!(o.timeout, Some(Duration::from_secs(30)));
        assert_eq!(o.paths, vec!["dir".to_string()]);
    }
}
