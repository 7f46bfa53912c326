//! Package testing's natives: the per-test record (`TState`) behind
//! `T`/`B`'s `common`, logging with call-site locations, and the output
//! format of `go test`, byte for byte. Running tests is Go code
//! (`decls/testing.go`: `runMain`, `M.Run`, `T.Run`, `tRunner`); the
//! command is `src/testrunner.rs`.
//!
//! # State
//!
//! `common` has one field, `s any`, holding `Value::Native(Arc<TState>)`,
//! set by `initRoot`/`initSub` (tests are only ever handled by pointer, so
//! the record is never copied). A `TState` knows its full name
//! (`TestX/sub_name`), its parent (the root for top-level tests), its flags
//! and its buffered output.
//!
//! # Output, as testing.go produces it
//!
//! * With `-v` ("chatty") `=== RUN   name`, log lines and the top-level
//!   `--- PASS/FAIL/SKIP` lines are printed as they happen. A log line from
//!   a test other than the one that printed last is preceded by
//!   `=== NAME  name` (Go's `chattyPrinter`).
//! * A subtest's `--- ...` line (and, without `-v`, its log lines) goes to
//!   its parent's buffer, each line indented four more spaces; the parent
//!   prints the buffer after its own `---` line. Without `-v` only failures
//!   are reported, so passing tests' logs vanish.
//! * A log line is `    file:line: text`, continuation lines indented by
//!   eight spaces (`decorate`). The location is the caller of the logging
//!   method, skipping functions that called `t.Helper()` and never going
//!   past the test function (`frameSkip`).

use crate::stdlib::fmt as gofmt;
use crate::vm::heap::Store;
use crate::vm::native::{NativeCtx, NativeFn, NativeOut};
use crate::vm::panic::Panic;
use crate::vm::value::{Ptr, Value, WHOLE};
use parking_lot::{Mutex, RwLock};
use regex::Regex;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::Instant;

/// The flags of one `gosub test` run.
#[derive(Clone, Debug, Default)]
pub struct Config {
    /// `-v`.
    pub verbose: bool,
    /// `-run`, split at `/` into one pattern per name level.
    pub run: Vec<Regex>,
    /// `-count`.
    pub count: u32,
    /// `-short`.
    pub short: bool,
}

static CONFIG: RwLock<Option<Arc<Config>>> = RwLock::new(None);

/// The chatty printer's last test name (Go's `chattyPrinter.lastName`).
static LAST_NAME: Mutex<String> = Mutex::new(String::new());

/// Tests started and not finished, for the `-timeout` report.
static RUNNING: Mutex<Vec<(String, Instant)>> = Mutex::new(Vec::new());

/// Sets the flags for the run about to start.
pub fn set_config(c: Config) {
    *CONFIG.write() = Some(Arc::new(c));
}

fn config() -> Arc<Config> {
    CONFIG.read().clone().unwrap_or_else(|| {
        Arc::new(Config {
            count: 1,
            ..Config::default()
        })
    })
}

/// Names and start times of the tests running now (outermost first).
pub fn running_tests() -> Vec<(String, Instant)> {
    RUNNING.lock().clone()
}

/// One test, subtest or the root of a run.
pub struct TState {
    /// Full name (`TestX/sub`); empty for the root.
    name: String,
    parent: Option<Arc<TState>>,
    start: Instant,
    inner: Mutex<TInner>,
}

#[derive(Default)]
struct TInner {
    failed: bool,
    skipped: bool,
    finished: bool,
    /// Lines for the parent (or stdout, for top-level tests) printed after
    /// this test's `---` line.
    output: Vec<u8>,
    cleanups: Vec<Value>,
    /// Functions that called `Helper()`.
    helpers: HashSet<String>,
    /// Subtest names used so far, with the next `#NN` counter.
    sub_names: HashMap<String, u32>,
    /// Subtests started (for the root: tests run).
    nsubs: usize,
}

impl TState {
    fn is_root(&self) -> bool {
        self.parent.is_none()
    }
    fn fail(&self) {
        let mut t = Some(self);
        while let Some(s) = t {
            s.inner.lock().failed = true;
            t = s.parent.as_deref();
        }
    }
}

pub fn natives() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("testing.common.Error", error as NativeFn),
        ("testing.common.Errorf", errorf as NativeFn),
        ("testing.common.Fatal", fatal as NativeFn),
        ("testing.common.Fatalf", fatalf as NativeFn),
        ("testing.common.Log", log as NativeFn),
        ("testing.common.Logf", logf as NativeFn),
        ("testing.common.Skip", skip as NativeFn),
        ("testing.common.Skipf", skipf as NativeFn),
        ("testing.common.Fail", fail as NativeFn),
        ("testing.common.Failed", failed as NativeFn),
        ("testing.common.Skipped", skipped as NativeFn),
        ("testing.common.markSkipped", mark_skipped as NativeFn),
        ("testing.common.Helper", helper as NativeFn),
        ("testing.common.Name", name as NativeFn),
        ("testing.common.Cleanup", cleanup as NativeFn),
        ("testing.common.popCleanup", pop_cleanup as NativeFn),
        ("testing.common.TempDir", temp_dir as NativeFn),
        ("testing.common.initSub", init_sub as NativeFn),
        ("testing.common.report", report as NativeFn),
        ("testing.common.reportPanic", report_panic as NativeFn),
        ("testing.common.initRoot", init_root as NativeFn),
        ("testing.common.finishRoot", finish_root as NativeFn),
        ("testing.runCount", run_count as NativeFn),
        ("testing.Short", short as NativeFn),
        ("testing.Verbose", verbose as NativeFn),
    ]
}

/// The store of the `common` a receiver points at.
fn common_store(v: &Value) -> Option<Arc<Store>> {
    match v {
        Value::Ptr(Ptr { store, idx: WHOLE }) => Some(store.clone()),
        Value::Ptr(Ptr { store, idx }) => match store.load(*idx as usize) {
            Value::Agg(s) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// The record of the test `recv` (a `*common`) belongs to.
fn state(ctx: &NativeCtx, recv: &Value) -> Result<Arc<TState>, Panic> {
    let st = common_store(recv).ok_or_else(|| ctx.prog().nil_deref())?;
    match st.load(0) {
        Value::Native(n) => n
            .downcast::<TState>()
            .map_err(|_| Panic::Fatal("testing: corrupt test state".into())),
        _ => Err(Panic::Fatal(
            "testing: T used outside a test (not made by the testing package)".into(),
        )),
    }
}

/// Writes `text` as the chatty printer does for test `name`: preceded by
/// `=== NAME  name` if another test printed last (`Printf`), or simply
/// making `name` the last one (`update`, for `=== RUN` and results).
fn chatty_print(ctx: &NativeCtx, name: &str, text: &[u8], update: bool) {
    let mut last = LAST_NAME.lock();
    if !update && !last.is_empty() && *last != name {
        ctx.stdout(format!("=== NAME  {name}\n").as_bytes());
    }
    if *last != name {
        *last = name.to_string();
    }
    ctx.stdout(text);
}

/// Go's `decorate`: `    file:line: text`, continuation lines indented.
fn decorate(file: &str, line: u32, s: &str) -> String {
    let base = file.rsplit('/').next().unwrap_or(file);
    let base = if base.is_empty() { "???" } else { base };
    let mut out = format!("    {base}:{}: ", line.max(1));
    let mut lines: Vec<&str> = s.split('\n').collect();
    if lines.len() > 1 && lines.last() == Some(&"") {
        lines.pop();
    }
    for (i, l) in lines.iter().enumerate() {
        if i > 0 {
            out.push_str("\n        ");
        }
        out.push_str(l);
    }
    out.push('\n');
    out
}

/// The frame to report for a log call: the caller, skipping helpers, but
/// never beyond the test function (`frameSkip`).
fn call_site(ctx: &NativeCtx, t: &TState) -> (String, u32) {
    let tb = ctx.fiber.traceback();
    let is_helper = |f: &str| {
        let mut s = Some(t);
        while let Some(x) = s {
            if x.inner.lock().helpers.contains(f) {
                return true;
            }
            s = x.parent.as_deref();
        }
        false
    };
    let mut prev: Option<&(String, String, u32)> = None;
    for fr in &tb {
        if fr.0 == "testing.tRunner" {
            break;
        }
        prev = Some(fr);
        if !is_helper(&fr.0) {
            break;
        }
    }
    prev.or(tb.first())
        .map_or(("???".into(), 1), |(_, f, l)| (f.clone(), *l))
}

/// Records a log line for `t` (Go's `c.log`).
fn log_text(ctx: &NativeCtx, t: &TState, s: &str) {
    let (file, line) = call_site(ctx, t);
    let text = decorate(&file, line, s);
    if config().verbose {
        chatty_print(ctx, &t.name, text.as_bytes(), false);
    } else {
        t.inner.lock().output.extend_from_slice(text.as_bytes());
    }
}

/// `fmt.Sprintln(args...)` without the final newline (Go's Log) or
/// `fmt.Sprintf(format, args...)` (Logf).
fn message(ctx: &mut NativeCtx, args: &[Value], formatted: bool) -> Result<String, Panic> {
    let b = if formatted {
        let vals = gofmt::variadic(&args[2]);
        gofmt::sprintf(ctx, args[1].str(), &vals)?
    } else {
        let vals = gofmt::variadic(&args[1]);
        let mut b = gofmt::sprint(ctx, &vals, true)?;
        if b.last() == Some(&b'\n') {
            b.pop();
        }
        b
    };
    Ok(String::from_utf8_lossy(&b).into_owned())
}

/// What a logging method does after logging.
#[derive(Clone, Copy, PartialEq)]
enum Then {
    Nothing,
    Fail,
    FailNow,
    SkipNow,
}

fn log_then(
    ctx: &mut NativeCtx,
    args: &[Value],
    formatted: bool,
    then: Then,
) -> Result<NativeOut, Panic> {
    let t = state(ctx, &args[0])?;
    let msg = message(ctx, args, formatted)?;
    log_text(ctx, &t, &msg);
    match then {
        Then::Nothing => Ok(NativeOut::None),
        Then::Fail => {
            t.fail();
            Ok(NativeOut::None)
        }
        Then::FailNow => {
            t.fail();
            Err(Panic::Goexit)
        }
        Then::SkipNow => {
            t.inner.lock().skipped = true;
            Err(Panic::Goexit)
        }
    }
}

fn error(ctx: &mut NativeCtx, a: &[Value]) -> Result<NativeOut, Panic> {
    log_then(ctx, a, false, Then::Fail)
}
fn errorf(ctx: &mut NativeCtx, a: &[Value]) -> Result<NativeOut, Panic> {
    log_then(ctx, a, true, Then::Fail)
}
fn fatal(ctx: &mut NativeCtx, a: &[Value]) -> Result<NativeOut, Panic> {
    log_then(ctx, a, false, Then::FailNow)
}
fn fatalf(ctx: &mut NativeCtx, a: &[Value]) -> Result<NativeOut, Panic> {
    log_then(ctx, a, true, Then::FailNow)
}
fn log(ctx: &mut NativeCtx, a: &[Value]) -> Result<NativeOut, Panic> {
    log_then(ctx, a, false, Then::Nothing)
}
fn logf(ctx: &mut NativeCtx, a: &[Value]) -> Result<NativeOut, Panic> {
    log_then(ctx, a, true, Then::Nothing)
}
fn skip(ctx: &mut NativeCtx, a: &[Value]) -> Result<NativeOut, Panic> {
    log_then(ctx, a, false, Then::SkipNow)
}
fn skipf(ctx: &mut NativeCtx, a: &[Value]) -> Result<NativeOut, Panic> {
    log_then(ctx, a, true, Then::SkipNow)
}

fn fail(ctx: &mut NativeCtx, a: &[Value]) -> Result<NativeOut, Panic> {
    state(ctx, &a[0])?.fail();
    Ok(NativeOut::None)
}

fn failed(ctx: &mut NativeCtx, a: &[Value]) -> Result<NativeOut, Panic> {
    let f = state(ctx, &a[0])?.inner.lock().failed;
    Ok(NativeOut::One(Value::Bool(f)))
}

fn skipped(ctx: &mut NativeCtx, a: &[Value]) -> Result<NativeOut, Panic> {
    let f = state(ctx, &a[0])?.inner.lock().skipped;
    Ok(NativeOut::One(Value::Bool(f)))
}

fn mark_skipped(ctx: &mut NativeCtx, a: &[Value]) -> Result<NativeOut, Panic> {
    state(ctx, &a[0])?.inner.lock().skipped = true;
    Ok(NativeOut::None)
}

/// `Helper()`: marks the calling function.
fn helper(ctx: &mut NativeCtx, a: &[Value]) -> Result<NativeOut, Panic> {
    let t = state(ctx, &a[0])?;
    if let Some((f, _, _)) = ctx.fiber.traceback().first() {
        t.inner.lock().helpers.insert(f.clone());
    }
    Ok(NativeOut::None)
}

fn name(ctx: &mut NativeCtx, a: &[Value]) -> Result<NativeOut, Panic> {
    let t = state(ctx, &a[0])?;
    Ok(NativeOut::One(Value::str_from(&t.name)))
}

fn cleanup(ctx: &mut NativeCtx, a: &[Value]) -> Result<NativeOut, Panic> {
    state(ctx, &a[0])?.inner.lock().cleanups.push(a[1].clone());
    Ok(NativeOut::None)
}

fn pop_cleanup(ctx: &mut NativeCtx, a: &[Value]) -> Result<NativeOut, Panic> {
    let f = state(ctx, &a[0])?.inner.lock().cleanups.pop();
    Ok(NativeOut::One(f.unwrap_or(Value::Nil)))
}

fn temp_dir(ctx: &mut NativeCtx, a: &[Value]) -> Result<NativeOut, Panic> {
    let t = state(ctx, &a[0])?;
    let n = {
        let mut i = t.inner.lock();
        i.nsubs += 1;
        i.nsubs
    };
    let safe: String = t
        .name
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '_' })
        .collect();
    let dir = std::env::temp_dir().join(format!("{safe}{}{n:03}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    Ok(NativeOut::One(Value::str_from(&dir.to_string_lossy())))
}

/// Go's `rewrite`: spaces become `_`, unprintable runes are escaped.
fn rewrite(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_whitespace() {
            out.push('_');
        } else if !crate::stdlib::format::quote::is_print(c) {
            let q = crate::stdlib::format::quote::quote_rune(c as i32);
            out.push_str(&q[1..q.len() - 1]);
        } else {
            out.push(c);
        }
    }
    out
}

/// Does `-run` select the test called `full`? Each `/`-separated element
/// must match the pattern of its level, if there is one.
fn selected(cfg: &Config, full: &str) -> bool {
    full.split('/')
        .zip(cfg.run.iter())
        .all(|(elem, re)| re.is_match(elem))
}

/// Splits a `-run` pattern at the slashes outside brackets and parens.
pub fn split_pattern(p: &str) -> Vec<String> {
    let (mut out, mut cur, mut depth) = (Vec::new(), String::new(), 0i32);
    let mut chars = p.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                cur.push(c);
                if let Some(n) = chars.next() {
                    cur.push(n);
                }
                continue;
            }
            '[' | '(' => depth += 1,
            ']' | ')' => depth -= 1,
            '/' if depth <= 0 => {
                out.push(std::mem::take(&mut cur));
                continue;
            }
            _ => {}
        }
        cur.push(c);
    }
    out.push(cur);
    out
}

/// `initSub(sub, name)`: names the subtest (unique among its siblings),
/// applies `-run`, and announces it.
fn init_sub(ctx: &mut NativeCtx, a: &[Value]) -> Result<NativeOut, Panic> {
    let parent = state(ctx, &a[0])?;
    let cfg = config();
    let sub = String::from_utf8_lossy(a[2].str()).into_owned();
    let full = if parent.is_root() {
        // -count runs a test again under the same name
        sub.clone()
    } else {
        let mut p = parent.inner.lock();
        let mut name = format!("{}/{}", parent.name, rewrite(&sub));
        let mut empty = sub.is_empty();
        loop {
            let next = p.sub_names.get(&name).copied();
            if !empty && next.is_none() {
                p.sub_names.insert(name.clone(), 1);
                break name;
            }
            let n = next.unwrap_or(0);
            p.sub_names.insert(name.clone(), n + 1);
            name = format!("{name}#{n:02}");
            empty = false;
        }
    };
    if !selected(&cfg, &full) {
        return Ok(NativeOut::One(Value::Bool(false)));
    }
    parent.inner.lock().nsubs += 1;
    let t = Arc::new(TState {
        name: full.clone(),
        parent: Some(parent),
        start: Instant::now(),
        inner: Mutex::new(TInner::default()),
    });
    let st = common_store(&a[1]).ok_or_else(|| ctx.prog().nil_deref())?;
    st.store(0, Value::Native(t));
    RUNNING.lock().push((full.clone(), Instant::now()));
    if cfg.verbose {
        chatty_print(ctx, &full, format!("=== RUN   {full}\n").as_bytes(), true);
    }
    Ok(NativeOut::One(Value::Bool(true)))
}

/// Each line of `text` with four more spaces in front (Go's `indenter`).
fn indent(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() + 16);
    for line in text.split_inclusive(|&b| b == b'\n') {
        out.extend_from_slice(b"    ");
        out.extend_from_slice(line);
    }
    out
}

/// Go's `flushToParent`: `line` and t's buffered output go to the parent's
/// buffer (indented), or to stdout for a top-level test.
fn flush_to_parent(ctx: &NativeCtx, t: &TState, line: String) {
    let mut text = line.into_bytes();
    text.append(&mut t.inner.lock().output);
    let Some(parent) = &t.parent else { return };
    if parent.is_root() {
        if config().verbose {
            chatty_print(ctx, &t.name, &text, true);
        } else {
            ctx.stdout(&text);
        }
    } else {
        let ind = indent(&text);
        parent.inner.lock().output.extend_from_slice(&ind);
    }
}

fn finish(t: &TState) -> String {
    t.inner.lock().finished = true;
    let mut running = RUNNING.lock();
    if let Some(i) = running.iter().rposition(|(n, _)| *n == t.name) {
        running.remove(i);
    }
    format!("{:.2}s", t.start.elapsed().as_secs_f64())
}

/// `report()`: the `--- PASS/FAIL/SKIP` line (Go's `T.report`).
fn report(ctx: &mut NativeCtx, a: &[Value]) -> Result<NativeOut, Panic> {
    let t = state(ctx, &a[0])?;
    if t.is_root() {
        return Ok(NativeOut::None);
    }
    let d = finish(&t);
    let (f, s) = {
        let i = t.inner.lock();
        (i.failed, i.skipped)
    };
    let status = if f {
        "FAIL"
    } else if !config().verbose {
        t.inner.lock().output.clear();
        return Ok(NativeOut::None);
    } else if s {
        "SKIP"
    } else {
        "PASS"
    };
    flush_to_parent(ctx, &t, format!("--- {status}: {} ({d})\n", t.name));
    Ok(NativeOut::None)
}

/// `reportPanic()`: before a test's panic kills the program, every test
/// from it up to the root reports `--- FAIL`.
fn report_panic(ctx: &mut NativeCtx, a: &[Value]) -> Result<NativeOut, Panic> {
    let mut t = Some(state(ctx, &a[0])?);
    while let Some(s) = t {
        if s.is_root() {
            break;
        }
        s.fail();
        let d = finish(&s);
        flush_to_parent(ctx, &s, format!("--- FAIL: {} ({d})\n", s.name));
        t = s.parent.clone();
    }
    ctx.fiber.m.out.flush();
    Ok(NativeOut::None)
}

fn init_root(ctx: &mut NativeCtx, a: &[Value]) -> Result<NativeOut, Panic> {
    let st = common_store(&a[0]).ok_or_else(|| ctx.prog().nil_deref())?;
    let t = Arc::new(TState {
        name: String::new(),
        parent: None,
        start: Instant::now(),
        inner: Mutex::new(TInner::default()),
    });
    st.store(0, Value::Native(t));
    Ok(NativeOut::None)
}

/// `finishRoot()`: `PASS` or `FAIL`, and the exit code.
fn finish_root(ctx: &mut NativeCtx, a: &[Value]) -> Result<NativeOut, Panic> {
    let t = state(ctx, &a[0])?;
    let (f, n) = {
        let i = t.inner.lock();
        (i.failed, i.nsubs)
    };
    if n == 0 {
        ctx.stdout(b"testing: warning: no tests to run\n");
    }
    ctx.stdout(if f { b"FAIL\n" } else { b"PASS\n" });
    Ok(NativeOut::One(Value::Int(f as i64)))
}

fn run_count(_ctx: &mut NativeCtx, _a: &[Value]) -> Result<NativeOut, Panic> {
    Ok(NativeOut::One(Value::Int(config().count.max(1) as i64)))
}

fn short(_ctx: &mut NativeCtx, _a: &[Value]) -> Result<NativeOut, Panic> {
    Ok(NativeOut::One(Value::Bool(config().short)))
}

fn verbose(_ctx: &mut NativeCtx, _a: &[Value]) -> Result<NativeOut, Panic> {
    Ok(NativeOut::One(Value::Bool(config().verbose)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decorate_as_go() {
        assert_eq!(
            decorate("/a/b/x_test.go", 12, "msg"),
            "    x_test.go:12: msg\n"
        );
        assert_eq!(
            decorate("x_test.go", 3, "a\nb\n"),
            "    x_test.go:3: a\n        b\n"
        );
    }

    #[test]
    fn run_patterns_split() {
        assert_eq!(split_pattern("TestA/sub"), vec!["TestA", "sub"]);
        assert_eq!(split_pattern("Test[/]x"), vec!["Test[/]x"]);
        assert_eq!(rewrite("wrong expectation"), "wrong_expectation");
    }
}
