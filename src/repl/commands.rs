//! The REPL's own commands, typed at the prompt after a colon:
//! `:help`, `:quit`, `:reset`, `:load FILE.go`, `:type EXPR`, `:disasm NAME`.

use super::session::{Outcome, Session};

pub const HELP: &str = "\
Type Go statements, declarations or expressions; an expression's value is printed.
Declarations and variables persist; standard packages are imported on first use.
  :help          this help
  :quit          leave (or Ctrl-D)
  :reset         forget everything declared so far
  :load FILE.go  add the file's declarations (runs its init functions, not main)
  :type EXPR     show the type of EXPR
  :disasm NAME   show the bytecode of function NAME
Ctrl-C stops a running statement, or clears the line being typed.
";

/// Every command name, for completion.
pub const NAMES: &[&str] = &[":help", ":quit", ":reset", ":load", ":type", ":disasm"];

/// What the loop does after a command.
#[derive(Debug, PartialEq, Eq)]
pub enum Flow {
    /// Go on; the command succeeded (true) or failed.
    Continue(bool),
    Quit,
    /// Start a new session.
    Reset,
    /// Leave with this exit code (`os.Exit` in a loaded file's `init`).
    Exit(i32),
}

/// Run the command on `line` (which starts with `:`).
pub fn execute(line: &str, session: &mut Session) -> Flow {
    let line = line.trim();
    let (name, arg) = match line.split_once(char::is_whitespace) {
        Some((n, a)) => (n, a.trim()),
        None => (line, ""),
    };
    let out = |s: &str| {
        use std::io::Write;
        let mut o = std::io::stdout().lock();
        let _ = o.write_all(s.as_bytes());
        let _ = o.flush();
    };
    match name {
        ":help" | ":h" | ":?" => {
            out(HELP);
            Flow::Continue(true)
        }
        ":quit" | ":q" | ":exit" => Flow::Quit,
        ":reset" => Flow::Reset,
        ":load" | ":l" if !arg.is_empty() => match session.load(arg) {
            Outcome::Ok => Flow::Continue(true),
            Outcome::Exit(c) => Flow::Exit(c),
            _ => Flow::Continue(false),
        },
        ":type" | ":t" if !arg.is_empty() => match session.type_of(arg) {
            Some(t) => {
                out(&format!("{t}\n"));
                Flow::Continue(true)
            }
            None => Flow::Continue(false),
        },
        ":disasm" | ":d" if !arg.is_empty() => match session.disasm(arg) {
            Some(text) => {
                out(&text);
                Flow::Continue(true)
            }
            None => {
                eprintln!("no function {arg}");
                Flow::Continue(false)
            }
        },
        ":load" | ":l" | ":type" | ":t" | ":disasm" | ":d" => {
            eprintln!("usage: {name} ARGUMENT (see :help)");
            Flow::Continue(false)
        }
        _ => {
            eprintln!("unknown command {name} (see :help)");
            Flow::Continue(false)
        }
    }
}
