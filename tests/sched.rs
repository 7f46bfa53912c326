//! End-to-end scheduler tests: a Go program compiled and run on a
//! scheduler with a chosen GOMAXPROCS, checked through the scheduler's own
//! counters (`Sched::stats`), and the `gosub` binary run with
//! `GOMAXPROCS=8` on this 2-core machine.

use gosub::cli::{build, machine};
use gosub::runtime::{Sched, SchedStats};
use gosub::vm::fiber::Fiber;
use gosub::vm::output::Output;
use gosub::vm::value::{Callee, Closure, Value};
use std::path::PathBuf;
use std::process::Command;
use std::sync::Arc;

/// CPU-bound goroutines: enough work that an idle P's M steals some.
const BUSY: &str = r#"package main

import "fmt"

func spin(n int) int {
	x := 0
	for i := 0; i < n; i++ {
		x = (x*31 + i) % 1000003
	}
	return x
}

func main() {
	res := make(chan int)
	for g := 0; g < 16; g++ {
		go func() { res <- spin(300000) }()
	}
	sum := 0
	for g := 0; g < 16; g++ {
		sum += <-res
	}
	fmt.Println(sum)
}
"#;

fn write_program(name: &str, src: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gosub-sched-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, src).unwrap();
    p
}

/// Compile and run `src` on a scheduler with `procs` Ps: (exit code,
/// stdout, the scheduler's counters at exit).
fn run_on(procs: usize, src: &str) -> (i32, String, SchedStats) {
    let path = write_program(&format!("p{procs}.go"), src);
    let (prog, _) = build(&[path.to_string_lossy().into_owned()]).expect("compiles");
    let m = machine(prog, Output::capturing(), vec!["prog".into()]);
    let entry = Value::Func(Arc::new(Closure {
        callee: Callee::Go(m.prog.entry),
        captures: Box::new([]),
        recv: None,
    }));
    let f = Fiber::new(m.clone(), entry, vec![], 1);
    let sched = Sched::new(procs);
    let code = sched.run_main(Box::new(f));
    let stats = sched.stats();
    m.out.flush();
    let (out, _) = m.out.captured();
    (code, String::from_utf8_lossy(&out).into_owned(), stats)
}

fn go_output() -> String {
    // spin's result for each goroutine is the same; computed here in Rust
    let mut x: i64 = 0;
    for i in 0..300000i64 {
        x = (x * 31 + i) % 1000003;
    }
    format!("{}\n", x * 16)
}

#[test]
fn goroutines_run_on_more_than_one_m() {
    let (code, out, st) = run_on(2, BUSY);
    assert_eq!(code, 0);
    assert_eq!(out, go_output());
    assert_eq!(st.gomaxprocs, 2);
    let busy_ms: Vec<_> = st.ms.iter().filter(|m| m.runs > 0).collect();
    assert!(
        busy_ms.len() >= 2,
        "goroutines ran on {} M(s): {:?}",
        busy_ms.len(),
        st.ms
    );
    let busy_ps = st.procs.iter().filter(|p| p.runs > 0).count();
    assert!(
        busy_ps >= 2,
        "goroutines ran on {busy_ps} P(s): {:?}",
        st.procs
    );
}

#[test]
fn one_p_runs_everything_on_one_p() {
    let (code, out, st) = run_on(1, BUSY);
    assert_eq!(code, 0);
    assert_eq!(out, go_output());
    assert_eq!(st.gomaxprocs, 1);
    let busy_ps = st.procs.iter().filter(|p| p.runs > 0).count();
    assert_eq!(busy_ps, 1, "{:?}", st.procs);
}

#[test]
fn more_ps_than_cores() {
    let (code, out, st) = run_on(8, BUSY);
    assert_eq!(code, 0);
    assert_eq!(out, go_output());
    assert_eq!(st.gomaxprocs, 8);
    assert!(st.procs.len() >= 8);
}

#[test]
fn binary_with_gomaxprocs_8() {
    let path = write_program("bin8.go", BUSY);
    let out = Command::new(env!("CARGO_BIN_EXE_gosub"))
        .arg("run")
        .arg(&path)
        .env("GOMAXPROCS", "8")
        .output()
        .expect("runs gosub");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), go_output());
}
