//! The REPL without a terminal (`echo 'x := 2; fmt.Println(x)' | gosub repl`):
//! standard input is read line by line and each complete input (lines are
//! joined while `is_incomplete` says more is needed) is evaluated as at
//! the prompt, with no prompts and no line editing. Results go to stdout,
//! compile errors and panics to stderr.
//!
//! Exit status: 0 if every input succeeded, 1 if any failed (a compile
//! error, a panic, an unknown command), so scripts notice; `os.Exit(n)`
//! and `:quit` leave at once (with `n`, and with the status so far).

use super::commands::{self, Flow};
use super::session::{Outcome, Session};
use super::sink::StdSink;
use std::io::{BufRead, IsTerminal};
use std::sync::Arc;

pub fn run(input: impl BufRead) -> i32 {
    let color = std::io::stderr().is_terminal();
    let new_session = || Session::new(Arc::new(StdSink), color);
    let mut session = new_session();
    let mut failed = false;
    let mut buf = String::new();
    for line in input.lines() {
        let Ok(line) = line else { break };
        if buf.is_empty() && line.trim_start().starts_with(':') {
            match commands::execute(&line, &mut session) {
                Flow::Continue(ok) => failed |= !ok,
                Flow::Quit => break,
                Flow::Reset => session = new_session(),
                Flow::Exit(code) => return code,
            }
            continue;
        }
        buf.push_str(&line);
        buf.push('\n');
        if crate::syntax::parser::is_incomplete(&buf) {
            continue;
        }
        let text = std::mem::take(&mut buf);
        match session.eval(&text) {
            Outcome::Ok => {}
            Outcome::Exit(code) => return code,
            _ => failed = true,
        }
    }
    if !buf.trim().is_empty() {
        match session.eval(&buf) {
            Outcome::Ok => {}
            Outcome::Exit(code) => return code,
            _ => failed = true,
        }
    }
    i32::from(failed)
}
