//! Helpers shared by `programs.rs` and `diagnostics.rs`: run the `gosub`
//! binary with a hard timeout, and run many cases over a small thread pool.
//!
//! The corpus is run by the interpreter while it is still being written, so
//! nothing here may hang or panic on a bad binary: a missing binary, a crash,
//! a hang or a flood of output each end up as an ordinary failed case.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::thread;
use std::time::{Duration, Instant};

/// How long one run of `gosub` may take before it is killed.
pub const TIMEOUT: Duration = Duration::from_secs(10);

/// Keep at most this much of stdout and of stderr; the rest is read and
/// dropped, so a program stuck printing cannot eat all the memory.
const MAX_CAPTURE: usize = 8 << 20;

/// What one run of `gosub` did.
pub struct Run {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// The exit code; `None` if it was killed by a signal or timed out.
    pub code: Option<i32>,
    pub timed_out: bool,
}

/// The directory `tests/NAME` of this crate.
pub fn test_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(name)
}

/// The names (without `.go`) of the `.go` files in `dir`, sorted. Only the
/// names containing `GOSUB_TEST_FILTER` are kept, if that variable is set.
pub fn go_files(dir: &Path) -> Vec<String> {
    let filter = std::env::var("GOSUB_TEST_FILTER").unwrap_or_default();
    let entries =
        std::fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    let mut names = Vec::new();
    for entry in entries {
        let path = entry.expect("directory entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("go") {
            continue;
        }
        let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        if stem.contains(&filter) {
            names.push(stem.to_string());
        }
    }
    names.sort();
    names
}

/// The binary under test: `gosub` from this crate, or the program named by
/// `GOSUB_BIN` (an absolute path), e.g. `tests/tools/go-as-gosub.sh` to
/// check the corpus itself against real Go.
fn gosub_binary() -> PathBuf {
    match std::env::var_os("GOSUB_BIN") {
        Some(bin) if !bin.is_empty() => PathBuf::from(bin),
        _ => PathBuf::from(env!("CARGO_BIN_EXE_gosub")),
    }
}

/// Run `gosub ARGS` in `dir`, with empty stdin and the extra environment
/// variables `env`. It is killed after `TIMEOUT`. `Err` means it could not
/// be started at all.
pub fn run_gosub(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Result<Run, String> {
    let bin = gosub_binary();
    let mut cmd = Command::new(&bin);
    cmd.args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (key, value) in env {
        cmd.env(key, value);
    }
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", bin.display()))?;
    // Read both pipes on their own threads, so a child that fills one pipe
    // while we wait on it cannot block.
    let stdout = capture(child.stdout.take().expect("piped stdout"));
    let stderr = capture(child.stderr.take().expect("piped stderr"));

    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) => {}
            Err(_) => break None,
        }
        if start.elapsed() >= TIMEOUT {
            timed_out = true;
            let _ = child.kill();
            break child.wait().ok();
        }
        thread::sleep(Duration::from_millis(5));
    };
    // The pipes normally close when the child exits. If the child left a
    // process behind that still holds them, stop waiting after a grace
    // period and keep what was read so far.
    let deadline = Instant::now() + Duration::from_secs(2);
    let stdout = stdout.finish(deadline);
    let stderr = stderr.finish(deadline);
    let code = if timed_out {
        None
    } else {
        status.and_then(|s| s.code())
    };
    Ok(Run {
        stdout,
        stderr,
        code,
        timed_out,
    })
}

/// The bytes read so far from one of the child's pipes, by a thread that
/// reads it to its end.
struct Capture {
    bytes: Arc<Mutex<Vec<u8>>>,
    done: mpsc::Receiver<()>,
}

/// Start reading `pipe` to its end on a new thread.
fn capture(mut pipe: impl Read + Send + 'static) -> Capture {
    let bytes = Arc::new(Mutex::new(Vec::new()));
    let (tx, done) = mpsc::channel();
    let kept = Arc::clone(&bytes);
    thread::spawn(move || {
        let mut buf = [0u8; 8192];
        loop {
            match pipe.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    let mut kept = kept.lock().unwrap();
                    let room = MAX_CAPTURE.saturating_sub(kept.len());
                    kept.extend_from_slice(&buf[..n.min(room)]);
                }
            }
        }
        let _ = tx.send(());
    });
    Capture { bytes, done }
}

impl Capture {
    /// Wait until the pipe is closed or `deadline` has passed, then take
    /// what was read.
    fn finish(self, deadline: Instant) -> Vec<u8> {
        let _ = self
            .done
            .recv_timeout(deadline.saturating_duration_since(Instant::now()));
        std::mem::take(&mut *self.bytes.lock().unwrap())
    }
}

/// Call `check` on every case over 2 to 4 threads (`GOSUB_TEST_THREADS`
/// overrides that), and return what it returned for each case, in order.
pub fn run_parallel<C: Sync, R: Send>(cases: &[C], check: impl Fn(&C) -> R + Sync) -> Vec<R> {
    let threads = std::env::var("GOSUB_TEST_THREADS")
        .ok()
        .and_then(|s| s.parse::<usize>().ok())
        .unwrap_or_else(|| {
            thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(2)
                .clamp(2, 4)
        })
        .max(1);
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<R>>> = Mutex::new((0..cases.len()).map(|_| None).collect());
    thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    if i >= cases.len() {
                        break;
                    }
                    let result = check(&cases[i]);
                    results.lock().unwrap()[i] = Some(result);
                }
            });
        }
    });
    results
        .into_inner()
        .unwrap()
        .into_iter()
        .map(|r| r.expect("every case was run"))
        .collect()
}

/// Print one line per failure and the line `N passed, M failed`, then fail
/// the test if anything failed. `results` holds, per case, its name and
/// `None` if it passed or `Some(reason)` if it failed.
pub fn report(what: &str, results: &[(String, Option<String>)]) {
    let mut failed = 0;
    for (name, reason) in results {
        if let Some(reason) = reason {
            println!("FAIL {name}: {reason}");
            failed += 1;
        }
    }
    let passed = results.len() - failed;
    println!("{passed} passed, {failed} failed");
    assert!(!results.is_empty(), "no {what} found");
    assert!(failed == 0, "{failed} of {} {what} failed", results.len());
}

/// `s` cut to at most `max` characters, for one-line messages.
pub fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    format!("{cut}...")
}
