//! Runs `gosub check NAME.go` on every bad program in `tests/errors/` and
//! checks that it reports the compile errors real Go reports.
//!
//! `NAME.want` holds Go's diagnostics, one `LINE:COL: message` per line, as
//! `go build` printed them (only the first line of multi-line messages, and
//! the closing `LINE:COL: too many errors` if Go printed it). gosub prints
//! Go's one-line form `NAME.go:LINE:COL: message`, with the path as given
//! on the command line, as the first line of every diagnostic: the lines of
//! stderr in that form must be exactly the wanted ones, in the same order
//! (none missing, none extra). `check` must exit with 1.
//!
//! Every program is checked, even after failures, and the test ends with
//! `N passed, M failed`. `GOSUB_TEST_FILTER=text` checks only the programs
//! whose name contains it.

mod common;

use std::fs;
use std::path::Path;

#[test]
fn diagnostics_match_real_go() {
    let dir = common::test_dir("errors");
    let names = common::go_files(&dir);
    let results = common::run_parallel(&names, |name| (name.clone(), check(&dir, name)));
    common::report_with_known("bad programs", &results, &common::known_failures(&dir));
}

/// Check one bad program; `None` if gosub reported all of Go's errors.
fn check(dir: &Path, name: &str) -> Option<String> {
    let Ok(want) = fs::read_to_string(dir.join(format!("{name}.want"))) else {
        return Some(format!("missing golden {name}.want"));
    };
    let file = format!("{name}.go");
    let expected: Vec<String> = want
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| format!("{file}:{line}"))
        .collect();
    if expected.is_empty() {
        return Some(format!("{name}.want lists no diagnostics"));
    }

    let run = match common::run_gosub(dir, &["check", &file], &[]) {
        Ok(run) => run,
        Err(e) => return Some(e),
    };
    if run.timed_out {
        return Some(format!("timed out after {}s", common::TIMEOUT.as_secs()));
    }
    let stderr = String::from_utf8_lossy(&run.stderr);
    let got: Vec<&str> = stderr.lines().map(|line| line.trim_end()).collect();

    let mut reasons = Vec::new();
    if run.code != Some(1) {
        let code = run
            .code
            .map_or("none (killed by a signal)".to_string(), |c| c.to_string());
        reasons.push(format!("exit code {code}, want 1"));
    }
    let prefix = format!("{file}:");
    let one_line: Vec<&str> = got
        .iter()
        .copied()
        .filter(|l| l.starts_with(&prefix) && is_position(&l[prefix.len()..]))
        .collect();
    let missing: Vec<&String> = expected
        .iter()
        .filter(|want| !one_line.contains(&want.as_str()))
        .collect();
    let extra: Vec<&str> = one_line
        .iter()
        .copied()
        .filter(|l| !expected.iter().any(|w| w == l))
        .collect();
    if let Some(first) = missing.first() {
        // Show the start of stderr, or of stdout if gosub printed the
        // diagnostics to the wrong stream.
        let stdout = String::from_utf8_lossy(&run.stdout);
        let (stream, start) = match got.first() {
            Some(line) => ("stderr", *line),
            None => ("stdout", stdout.lines().next().unwrap_or("")),
        };
        reasons.push(format!(
            "{} of {} diagnostics missing, first {:?}; {stream} starts {:?}",
            missing.len(),
            expected.len(),
            first,
            common::shorten(start, 100)
        ));
    }
    if let Some(first) = extra.first() {
        reasons.push(format!(
            "{} diagnostics Go does not report, first {first:?}",
            extra.len()
        ));
    }
    if missing.is_empty() && extra.is_empty() && one_line != expected {
        reasons.push(format!("diagnostics not in Go's order: {one_line:?}"));
    }
    if reasons.is_empty() {
        None
    } else {
        Some(reasons.join("; "))
    }
}

/// `LINE:COL: ` at the start of `s`.
fn is_position(s: &str) -> bool {
    let mut parts = s.splitn(3, ':');
    let num =
        |p: Option<&str>| p.is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    num(parts.next()) && num(parts.next()) && parts.next().is_some_and(|r| r.starts_with(' '))
}
