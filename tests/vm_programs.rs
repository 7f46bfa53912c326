//! Runs every `tests/vm/*.go` program and compares with the goldens made by
//! real Go: `NAME.out` (stdout, exact), `NAME.code` (exit code, default 0)
//! and `NAME.err` (first line of stderr). Regenerate a golden with
//! `go run NAME.go > NAME.out` (never with gosub).

use std::path::Path;

#[test]
fn vm_programs() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vm");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/vm exists")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    names.sort();
    let mut failures = Vec::new();
    for path in &names {
        let stem = path.with_extension("");
        let want_out = std::fs::read_to_string(stem.with_extension("out")).unwrap_or_default();
        let want_code: i32 = std::fs::read_to_string(stem.with_extension("code"))
            .ok()
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or(0);
        let want_err = std::fs::read_to_string(stem.with_extension("err")).ok();
        let (code, out, err) = gosub::cli::run_captured(&[path.to_string_lossy().into_owned()]);
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        if out != want_out {
            failures.push(format!(
                "{name}: stdout differs\n--- want\n{want_out}--- got\n{out}--- stderr\n{err}"
            ));
        } else if code != want_code {
            failures.push(format!("{name}: exit code {code}, want {want_code}\n{err}"));
        } else if let Some(we) = want_err {
            let got = err.lines().next().unwrap_or("");
            if got != we.trim_end() {
                failures.push(format!(
                    "{name}: stderr first line {got:?}, want {:?}",
                    we.trim_end()
                ));
            }
        }
    }
    println!(
        "{} passed, {} failed",
        names.len() - failures.len(),
        failures.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
