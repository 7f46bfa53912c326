//! Runs every Go program in `tests/programs/` with `gosub run NAME.go` and
//! compares what it does with what real Go did (the goldens next to it):
//!
//! - `NAME.out`: the exact stdout;
//! - `NAME.code`: the exit code (0 when the file is absent), e.g. 2 for an
//!   unrecovered panic or a deadlock, or the code given to `os.Exit`;
//! - `NAME.err`: the first line of stderr, when the file is present, e.g.
//!   `panic: runtime error: index out of range [3] with length 3`.
//!
//! Programs whose name starts with `c_` use goroutines; they run a second
//! time with `GOMAXPROCS=1`, since their output must not depend on it.
//!
//! Each run gets empty stdin and at most 10 s. All programs are run, even
//! after failures, so one `cargo test` shows how far the interpreter got:
//! one `FAIL` line per failing program, then `N passed, M failed`.
//! `GOSUB_TEST_FILTER=text` runs only the programs whose name contains it.

mod common;

use std::fs;
use std::path::Path;

struct Case {
    name: String,
    /// Extra environment for this run, e.g. `GOMAXPROCS=1`.
    env: Vec<(&'static str, &'static str)>,
}

impl Case {
    fn label(&self) -> String {
        let mut label = self.name.clone();
        for (key, value) in &self.env {
            label.push_str(&format!(" [{key}={value}]"));
        }
        label
    }
}

#[test]
fn programs_match_real_go() {
    let dir = common::test_dir("programs");
    let mut cases = Vec::new();
    for name in common::go_files(&dir) {
        if name.starts_with("c_") {
            cases.push(Case {
                name: name.clone(),
                env: vec![("GOMAXPROCS", "1")],
            });
        }
        cases.push(Case {
            name,
            env: Vec::new(),
        });
    }
    let results = common::run_parallel(&cases, |case| (case.label(), check(&dir, case)));
    common::report("programs", &results);
}

/// Run one program; `None` if it behaved like real Go, otherwise why not.
fn check(dir: &Path, case: &Case) -> Option<String> {
    let name = &case.name;
    let Ok(want_out) = fs::read(dir.join(format!("{name}.out"))) else {
        return Some(format!("missing golden {name}.out"));
    };
    let want_code = match fs::read_to_string(dir.join(format!("{name}.code"))) {
        Ok(text) => match text.trim().parse::<i32>() {
            Ok(code) => code,
            Err(_) => return Some(format!("bad {name}.code: {:?}", text.trim())),
        },
        Err(_) => 0,
    };
    let want_err = fs::read_to_string(dir.join(format!("{name}.err")))
        .ok()
        .map(|text| text.lines().next().unwrap_or("").to_string());

    let file = format!("{name}.go");
    let run = match common::run_gosub(dir, &["run", &file], &case.env) {
        Ok(run) => run,
        Err(e) => return Some(e),
    };
    let got_err = String::from_utf8_lossy(&run.stderr);
    let got_err = got_err.lines().next().unwrap_or("");
    if run.timed_out {
        return Some(format!("timed out after {}s", common::TIMEOUT.as_secs()));
    }

    let mut reasons = Vec::new();
    if run.stdout != want_out {
        reasons.push(stdout_difference(&run.stdout, &want_out));
    }
    match run.code {
        Some(code) if code == want_code => {}
        Some(code) => reasons.push(format!("exit code {code}, want {want_code}")),
        None => reasons.push(format!("killed by a signal, want exit code {want_code}")),
    }
    match want_err {
        Some(want_err) if got_err != want_err => reasons.push(format!(
            "stderr starts {:?}, want {:?}",
            common::shorten(got_err, 100),
            want_err
        )),
        Some(_) => {}
        // Real Go printed nothing to stderr; what gosub printed there, say
        // an internal error, probably explains the other differences.
        None if !reasons.is_empty() && !got_err.is_empty() => {
            reasons.push(format!("stderr: {:?}", common::shorten(got_err, 100)))
        }
        None => {}
    }
    if reasons.is_empty() {
        None
    } else {
        Some(reasons.join("; "))
    }
}

/// Describe the first line where `got` and `want` differ.
fn stdout_difference(got: &[u8], want: &[u8]) -> String {
    let got = String::from_utf8_lossy(got);
    let want = String::from_utf8_lossy(want);
    let got_lines: Vec<&str> = got.split_inclusive('\n').collect();
    let want_lines: Vec<&str> = want.split_inclusive('\n').collect();
    let mut line = 0;
    while line < got_lines.len() && line < want_lines.len() && got_lines[line] == want_lines[line] {
        line += 1;
    }
    let show = |lines: &[&str]| match lines.get(line) {
        Some(text) => format!("{:?}", common::shorten(text, 80)),
        None => "end of output".to_string(),
    };
    format!(
        "stdout differs at line {}: got {}, want {}",
        line + 1,
        show(&got_lines),
        show(&want_lines)
    )
}
