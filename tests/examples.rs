//! Runs every program in `examples/` with gosub and compares it with the
//! goldens that real Go produced (see `examples/tools/regen.sh`).
//!
//! - `examples/NAME.go` is run as `gosub run examples/NAME.go`; its stdout
//!   must equal `NAME.out` byte for byte.
//! - `examples/course/TOPIC/` is run as `gosub test -v examples/course/TOPIC`;
//!   its stdout is normalised like `shared/conformance/run.sh` does
//!   (`(0.12s)` -> `(X.XXs)`, the final `ok  <pkg> <time>` or
//!   `FAIL <pkg> <time>` -> `ok` or `FAIL`) and must equal `expected.out`.
//! - The exit code must equal `NAME.code` (`expected.code`), 0 if absent, and
//!   the first line of stderr must equal `NAME.err` (`expected.err`) if present.
//!
//! Every program runs from the crate root with stdin from /dev/null and is
//! killed after 20 s. All failures are collected and printed as
//! `FAIL name: reason`, then a summary line `N passed, M failed`.
//!
//! `examples/KNOWN_FAILURES` lists names (`hello`, `course/timer`), one per
//! line, `#` starts a comment: these are expected to fail for now and are
//! reported as `XFAIL` without failing the test. If one of them passes, it
//! is reported as `XPASS` so the line can be removed.
//!
//! Environment: `GOSUB_EXAMPLES_FILTER=text` runs only names containing
//! `text`; `GOSUB_EXAMPLES_JOBS=n` runs `n` programs at once (default 2);
//! `GOSUB_EXAMPLES_VERBOSE=1` prints the whole stdout and stderr of each run;
//! `GOSUB_EXAMPLES_BIN=path` runs another binary (say a release build).

use std::collections::BTreeSet;
use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use regex::Regex;

/// How long one program may run before it is killed.
const TIMEOUT: Duration = Duration::from_secs(20);

/// How often a running program is polled for exit.
const POLL: Duration = Duration::from_millis(10);

/// One program to run, with the paths of its goldens.
struct Example {
    /// `hello` for `examples/hello.go`, `course/timer` for `examples/course/timer/`.
    name: String,
    /// Arguments to gosub, relative to the crate root.
    args: Vec<String>,
    /// Whether stdout is `go test -v` output that needs normalising.
    is_test: bool,
    /// The expected stdout.
    out: PathBuf,
    /// The expected exit code, if not 0.
    code: PathBuf,
    /// The expected first line of stderr, if checked.
    err: PathBuf,
}

/// What a finished (or killed) program left behind.
struct Ran {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    /// None when the process was killed by a signal.
    code: Option<i32>,
    timed_out: bool,
}

/// How one example came out, after comparing with KNOWN_FAILURES.
enum Verdict {
    Pass,
    Fail(String),
    XFail(String),
    XPass,
}

fn crate_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Lists the examples in a stable order: programs first, then course topics.
fn discover(root: &Path) -> Vec<Example> {
    let examples = root.join("examples");
    let mut found = Vec::new();

    let mut programs: Vec<PathBuf> = read_dir_sorted(&examples)
        .into_iter()
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "go"))
        .collect();
    programs.sort();
    for path in programs {
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        found.push(Example {
            args: vec!["run".into(), format!("examples/{stem}.go")],
            is_test: false,
            out: examples.join(format!("{stem}.out")),
            code: examples.join(format!("{stem}.code")),
            err: examples.join(format!("{stem}.err")),
            name: stem,
        });
    }

    let course = examples.join("course");
    for dir in read_dir_sorted(&course) {
        if !dir.is_dir() {
            continue;
        }
        let topic = dir.file_name().unwrap().to_string_lossy().into_owned();
        found.push(Example {
            name: format!("course/{topic}"),
            args: vec![
                "test".into(),
                "-v".into(),
                format!("examples/course/{topic}"),
            ],
            is_test: true,
            out: dir.join("expected.out"),
            code: dir.join("expected.code"),
            err: dir.join("expected.err"),
        });
    }
    found
}

fn read_dir_sorted(dir: &Path) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = match fs::read_dir(dir) {
        Ok(entries) => entries.filter_map(|e| e.ok()).map(|e| e.path()).collect(),
        Err(_) => Vec::new(),
    };
    paths.sort();
    paths
}

/// Reads `examples/KNOWN_FAILURES`: one name per line, `#` comments.
fn known_failures(root: &Path) -> BTreeSet<String> {
    let text = fs::read_to_string(root.join("examples/KNOWN_FAILURES")).unwrap_or_default();
    text.lines()
        .map(|line| line.split('#').next().unwrap_or("").trim())
        .filter(|name| !name.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Runs `bin args...` from `cwd`, with stdin from /dev/null, and kills it
/// after TIMEOUT. Output goes to temporary files rather than pipes, so a
/// program that fills a pipe can neither block itself nor us.
fn run(bin: &Path, args: &[String], cwd: &Path, scratch: &Path) -> Result<Ran, String> {
    let out_path = scratch.with_extension("stdout");
    let err_path = scratch.with_extension("stderr");
    let out_file = File::create(&out_path).map_err(|e| format!("cannot create temp file: {e}"))?;
    let err_file = File::create(&err_path).map_err(|e| format!("cannot create temp file: {e}"))?;

    let mut child = Command::new(bin)
        .args(args)
        .current_dir(cwd)
        .stdin(Stdio::null())
        .stdout(out_file)
        .stderr(err_file)
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", bin.display()))?;

    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() >= TIMEOUT => {
                timed_out = true;
                let _ = child.kill();
                break child.wait().map_err(|e| format!("wait failed: {e}"))?;
            }
            Ok(None) => thread::sleep(POLL),
            Err(e) => return Err(format!("wait failed: {e}")),
        }
    };

    let stdout = fs::read(&out_path).unwrap_or_default();
    let stderr = fs::read(&err_path).unwrap_or_default();
    let _ = fs::remove_file(&out_path);
    let _ = fs::remove_file(&err_path);
    Ok(Ran {
        stdout,
        stderr,
        code: status.code(),
        timed_out,
    })
}

/// The normalisation of `go test -v` output used by shared/conformance/run.sh.
struct Normalizer {
    time: Regex,
    summary: Regex,
}

impl Normalizer {
    fn new() -> Self {
        Normalizer {
            time: Regex::new(r"\([0-9]+\.[0-9]+s\)").unwrap(),
            summary: Regex::new(r"^(ok|FAIL)\s+\S+\s+([0-9]+(\.[0-9]+)?s|\(cached\))\s*$").unwrap(),
        }
    }

    /// `(0.12s)` -> `(X.XXs)`; a final `ok  <pkg> <time>` -> `ok`, and
    /// `FAIL <pkg> <time>` -> `FAIL`. Every line ends with a newline.
    fn normalize(&self, text: &str) -> String {
        let mut result = String::with_capacity(text.len());
        for line in text.split_inclusive('\n') {
            let line = line.strip_suffix('\n').unwrap_or(line);
            if let Some(caps) = self.summary.captures(line) {
                result.push_str(&caps[1]);
            } else {
                result.push_str(&self.time.replace_all(line, "(X.XXs)"));
            }
            result.push('\n');
        }
        result
    }
}

/// Describes where two outputs first differ, in one short line.
fn first_difference(want: &str, got: &str) -> String {
    if got.is_empty() {
        return "stdout is empty".into();
    }
    let mut want_lines = want.lines();
    let mut got_lines = got.lines();
    let mut number = 1;
    loop {
        match (want_lines.next(), got_lines.next()) {
            (Some(w), Some(g)) if w == g => number += 1,
            (Some(w), Some(g)) => {
                return format!("stdout line {number}: want {w:?}, got {g:?}");
            }
            (Some(w), None) => return format!("stdout ends before line {number}: want {w:?}"),
            (None, Some(g)) => return format!("stdout has extra line {number}: {g:?}"),
            // same lines, so the difference is in the final newline
            (None, None) => return "stdout differs in the final newline".into(),
        }
    }
}

/// Runs one example and compares it with its goldens.
fn check(
    example: &Example,
    bin: Option<&Path>,
    root: &Path,
    scratch: &Path,
    normalizer: &Normalizer,
) -> Result<(), String> {
    let want_out = fs::read_to_string(&example.out)
        .map_err(|_| format!("missing golden {}", example.out.display()))?;
    let want_code: i32 = match fs::read_to_string(&example.code) {
        Ok(text) => text
            .trim()
            .parse()
            .map_err(|_| format!("bad exit code in {}", example.code.display()))?,
        Err(_) => 0,
    };
    let want_err = fs::read_to_string(&example.err)
        .ok()
        .map(|text| text.lines().next().unwrap_or("").to_owned());

    let Some(bin) = bin else {
        return Err("no gosub binary was built".into());
    };
    if !bin.exists() {
        return Err(format!("gosub binary {} does not exist", bin.display()));
    }

    let ran = run(bin, &example.args, root, scratch)?;
    if verbose() {
        println!(
            "---- {} stdout:\n{}",
            example.name,
            String::from_utf8_lossy(&ran.stdout)
        );
        println!(
            "---- {} stderr:\n{}",
            example.name,
            String::from_utf8_lossy(&ran.stderr)
        );
    }
    if ran.timed_out {
        return Err(format!("timed out after {}s", TIMEOUT.as_secs()));
    }

    let raw = String::from_utf8_lossy(&ran.stdout);
    let got_out = if example.is_test {
        normalizer.normalize(&raw)
    } else {
        raw.into_owned()
    };
    if got_out != want_out {
        let stderr = String::from_utf8_lossy(&ran.stderr);
        let first_err = stderr.lines().next().unwrap_or("");
        let code = match ran.code {
            Some(code) => code.to_string(),
            None => "signal".into(),
        };
        return Err(format!(
            "{} (exit {code}, stderr {first_err:?})",
            first_difference(&want_out, &got_out)
        ));
    }

    match ran.code {
        Some(code) if code == want_code => {}
        Some(code) => return Err(format!("exit code {code}, want {want_code}")),
        None => return Err(format!("killed by a signal, want exit code {want_code}")),
    }

    if let Some(want_err) = want_err {
        let stderr = String::from_utf8_lossy(&ran.stderr);
        let got_err = stderr.lines().next().unwrap_or("");
        if got_err != want_err {
            return Err(format!("stderr first line {got_err:?}, want {want_err:?}"));
        }
    }
    Ok(())
}

fn verbose() -> bool {
    std::env::var_os("GOSUB_EXAMPLES_VERBOSE").is_some_and(|v| !v.is_empty() && v != "0")
}

fn jobs() -> usize {
    std::env::var("GOSUB_EXAMPLES_JOBS")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(2)
}

#[test]
fn examples_match_real_go() {
    let root = crate_root();
    // option_env! rather than env!, so this file still compiles if the
    // binary target is ever renamed or missing: every example then fails
    // with a clear reason instead.
    let bin: Option<PathBuf> = match std::env::var_os("GOSUB_EXAMPLES_BIN") {
        Some(path) if !path.is_empty() => Some(PathBuf::from(path)),
        _ => option_env!("CARGO_BIN_EXE_gosub").map(PathBuf::from),
    };

    let filter = std::env::var("GOSUB_EXAMPLES_FILTER").unwrap_or_default();
    let examples: Vec<Example> = discover(&root)
        .into_iter()
        .filter(|e| e.name.contains(&filter))
        .collect();
    assert!(
        !examples.is_empty() || !filter.is_empty(),
        "no examples found under {}",
        root.join("examples").display()
    );

    let known = known_failures(&root);
    for name in &known {
        if !discover(&root).iter().any(|e| &e.name == name) {
            println!("warning: KNOWN_FAILURES names {name:?}, which is not an example");
        }
    }

    // A small pool of worker threads takes examples in order; results are
    // stored by index so the report comes out in a stable order.
    let scratch_dir = std::env::temp_dir();
    let normalizer = Normalizer::new();
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Result<(), String>>>> =
        Mutex::new((0..examples.len()).map(|_| None).collect());
    thread::scope(|scope| {
        for worker in 0..jobs() {
            let (examples, next, results) = (&examples, &next, &results);
            let (root, bin, normalizer) = (&root, bin.as_deref(), &normalizer);
            let scratch =
                scratch_dir.join(format!("gosub-examples-{}-{worker}", std::process::id()));
            scope.spawn(move || {
                loop {
                    let index = next.fetch_add(1, Ordering::SeqCst);
                    let Some(example) = examples.get(index) else {
                        break;
                    };
                    let result = check(example, bin, root, &scratch, normalizer);
                    results.lock().unwrap()[index] = Some(result);
                }
            });
        }
    });

    let (mut passed, mut failed, mut xfailed, mut xpassed) = (0, 0, 0, 0);
    let results = results.into_inner().unwrap();
    for (example, result) in examples.iter().zip(results) {
        let result = result.expect("every example was checked");
        let expected_to_fail = known.contains(&example.name);
        let verdict = match (result, expected_to_fail) {
            (Ok(()), false) => Verdict::Pass,
            (Ok(()), true) => Verdict::XPass,
            (Err(reason), false) => Verdict::Fail(reason),
            (Err(reason), true) => Verdict::XFail(reason),
        };
        match verdict {
            Verdict::Pass => passed += 1,
            Verdict::XPass => {
                println!(
                    "XPASS {}: passes now, remove it from examples/KNOWN_FAILURES",
                    example.name
                );
                passed += 1;
                xpassed += 1;
            }
            Verdict::Fail(reason) => {
                println!("FAIL {}: {reason}", example.name);
                failed += 1;
            }
            Verdict::XFail(reason) => {
                println!("XFAIL {}: {reason}", example.name);
                xfailed += 1;
            }
        }
    }
    if xfailed > 0 || xpassed > 0 {
        println!("{xfailed} expected failures (XFAIL), {xpassed} unexpected passes (XPASS)");
    }
    println!("{passed} passed, {failed} failed");
    assert_eq!(
        failed, 0,
        "{failed} examples failed; see the FAIL lines above"
    );
}

#[test]
fn normalizer_matches_run_sh() {
    let normalizer = Normalizer::new();
    let raw = "=== RUN   TestA\n--- PASS: TestA (0.10s)\n    --- FAIL: TestA/b (12.34s)\nPASS\nok  \tbelajar\t0.123s\n";
    let want =
        "=== RUN   TestA\n--- PASS: TestA (X.XXs)\n    --- FAIL: TestA/b (X.XXs)\nPASS\nok\n";
    assert_eq!(normalizer.normalize(raw), want);
    assert_eq!(normalizer.normalize("FAIL\tbelajar\t0.5s"), "FAIL\n");
    assert_eq!(normalizer.normalize("ok  \tbelajar\t(cached)\n"), "ok\n");
    // a printed line that merely starts with "ok" is left alone
    assert_eq!(normalizer.normalize("ok computer\n"), "ok computer\n");
}
