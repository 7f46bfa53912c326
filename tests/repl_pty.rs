//! The interactive REPL through a pseudo-terminal (rexpect): typing into
//! the real rustyline UI. Every wait is bounded (`TIMEOUT_MS`), and each
//! line is sent only once the prompt that reads it is on screen (rustyline
//! drops type-ahead when it switches the terminal to raw mode).

use rexpect::session::{PtySession, spawn_command};
use std::process::Command;

const TIMEOUT_MS: u64 = 10_000;

fn start() -> PtySession {
    let home = std::env::temp_dir().join(format!("gosub-pty-home-{}", std::process::id()));
    std::fs::create_dir_all(&home).expect("temp home");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_gosub"));
    cmd.env("HOME", &home)
        .env("NO_COLOR", "1")
        .env("TERM", "xterm");
    let mut p = spawn_command(cmd, Some(TIMEOUT_MS)).expect("spawn gosub in a pty");
    p.exp_string(":help for help").expect("banner");
    p
}

/// Wait for the primary prompt, then type `line`.
fn at_prompt(p: &mut PtySession, line: &str) {
    p.exp_string(">>> ").expect("prompt");
    p.send_line(line).expect("send");
}

#[test]
fn interactive_session() {
    let mut p = start();

    // a multi-line func with continuation prompts
    at_prompt(&mut p, "func sq(n int) int {");
    p.exp_string("... ").expect("continuation prompt");
    p.send_line("return n * n").expect("send");
    p.exp_string("... ").expect("continuation prompt");
    p.send_line("}").expect("send");

    // an expression's value
    at_prompt(&mut p, "sq(6) + 1");
    p.exp_string("37").expect("result");

    // a compile error, then the next input still works
    at_prompt(&mut p, "y := nope");
    p.exp_string("undefined: nope").expect("diagnostic");
    at_prompt(&mut p, "sq(5)");
    p.exp_string("25").expect("result after an error");

    // Ctrl-C stops `for {}` and the session goes on
    at_prompt(&mut p, "n := 7");
    at_prompt(&mut p, "for {}");
    // the loop is running once the typed line has been echoed and no prompt came back
    p.exp_string("for {}").expect("echo");
    p.send_control('c').expect("ctrl-c");
    p.exp_string("interrupted").expect("interrupted");
    at_prompt(&mut p, "n * 6");
    p.exp_string("42").expect("state kept after Ctrl-C");

    // output of a background goroutine appears while the prompt waits,
    // and the half-typed line survives it
    at_prompt(
        &mut p,
        "go func() { time.Sleep(300 * time.Millisecond); fmt.Println(\"hello from a goroutine\") }()",
    );
    p.exp_string(">>> ").expect("prompt");
    p.send("sq(").expect("type half a line");
    p.exp_string("hello from a goroutine")
        .expect("goroutine output");
    p.send_line("3)").expect("finish the line");
    p.exp_string("9").expect("the half-typed line was kept");

    // Ctrl-D leaves
    p.exp_string(">>> ").expect("prompt");
    p.send_control('d').expect("ctrl-d");
    p.exp_eof().expect("exit");
}
