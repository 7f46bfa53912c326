//! The interactive loop on a terminal: `>>> ` and `... ` prompts (a line
//! that leaves the input incomplete, per `parser::is_incomplete`, asks for
//! another), history in `~/.gosub_history`, Ctrl-C (clears the line; stops
//! a running input via `run::INTERRUPT`), Ctrl-D (leaves), and commands.
//!
//! Continuation is done here rather than in a rustyline `Validator`, which
//! cannot show a different prompt on the following lines.

use super::commands::{self, Flow};
use super::editor::GoHelper;
use super::session::{Outcome, Session};
use super::sink::TermSink;
use parking_lot::Mutex;
use rustyline::error::ReadlineError;
use rustyline::history::DefaultHistory;
use rustyline::{Config, Editor};
use std::io::IsTerminal;
use std::sync::Arc;

const PROMPT: &str = ">>> ";
const MORE: &str = "... ";

fn history_path() -> Option<std::path::PathBuf> {
    std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".gosub_history"))
}

pub fn run() -> i32 {
    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let config = Config::builder()
        .auto_add_history(false)
        .max_history_size(10_000)
        .map(|b| b.build());
    let config = config.unwrap_or_default();
    let mut editor: Editor<GoHelper, DefaultHistory> = match Editor::with_config(config) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("gosub: cannot start the line editor: {e}");
            return super::piped::run(std::io::stdin().lock());
        }
    };
    let names = Arc::new(Mutex::new(Vec::new()));
    editor.set_helper(Some(GoHelper::new(names.clone(), color)));
    if let Some(p) = history_path() {
        let _ = editor.load_history(&p);
    }
    let printer = editor
        .create_external_printer()
        .ok()
        .map(|p| Box::new(p) as super::sink::Printer);
    let sink = Arc::new(TermSink::new(printer));
    let new_session = || Session::new(sink.clone(), color);
    let mut session = new_session();
    super::run::catch_sigint();
    println!("gosub REPL: Go, line by line. :help for help, Ctrl-D to leave.");
    let mut code = 0;
    let mut buf = String::new();
    loop {
        let prompt = if buf.is_empty() { PROMPT } else { MORE };
        sink.set_prompting(true);
        let line = editor.readline(prompt);
        sink.set_prompting(false);
        let line = match line {
            Ok(l) => l,
            Err(ReadlineError::Interrupted) => {
                buf.clear();
                continue;
            }
            Err(ReadlineError::Eof) => {
                if buf.is_empty() {
                    break;
                }
                buf.clear();
                continue;
            }
            Err(e) => {
                eprintln!("gosub: {e}");
                code = 1;
                break;
            }
        };
        if buf.is_empty() && line.trim_start().starts_with(':') {
            let _ = editor.add_history_entry(line.as_str());
            match commands::execute(&line, &mut session) {
                Flow::Continue(_) => {}
                Flow::Quit => break,
                Flow::Reset => {
                    session = new_session();
                    println!("session reset");
                }
                Flow::Exit(c) => {
                    code = c;
                    break;
                }
            }
            *names.lock() = session.declared_names();
            continue;
        }
        if buf.is_empty() && line.trim().is_empty() {
            continue;
        }
        buf.push_str(&line);
        buf.push('\n');
        if crate::syntax::parser::is_incomplete(&buf) {
            continue;
        }
        let text = std::mem::take(&mut buf);
        let _ = editor.add_history_entry(text.trim_end());
        let outcome = session.eval(&text);
        *names.lock() = session.declared_names();
        if let Outcome::Exit(c) = outcome {
            code = c;
            break;
        }
    }
    if let Some(p) = history_path() {
        let _ = editor.save_history(&p);
    }
    code
}
