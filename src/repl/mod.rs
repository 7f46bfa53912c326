//! The interactive REPL (`gosub` on a terminal, or `gosub repl`).
//!
//! | file | owns |
//! |---|---|
//! | `session.rs` | the session's state and the incremental model (read it first) |
//! | `input.rs` | an input as a package: wrapper function, printed expressions |
//! | `walk.rs` | walking expressions (to find `pkg.Name` for automatic imports) |
//! | `libs.rs` | stdlib packages: names, loading on first import |
//! | `run.rs` | running an input, Ctrl-C |
//! | `sink.rs` | program output while a line is being edited |
//! | `commands.rs` | `:help`, `:quit`, `:reset`, `:load`, `:type`, `:disasm` |
//! | `editor.rs` | rustyline glue: completion, highlighting |
//! | `terminal.rs` | the interactive loop: prompts, continuation, history |
//! | `piped.rs` | standard input that is not a terminal: no prompts |

pub mod commands;
pub mod editor;
pub mod input;
pub mod libs;
pub mod piped;
pub mod run;
pub mod session;
pub mod sink;
pub mod terminal;
pub mod walk;

use std::io::IsTerminal;

/// `gosub repl`: the exit code.
pub fn main() -> i32 {
    if std::io::stdin().is_terminal() && std::io::stdout().is_terminal() {
        terminal::run()
    } else {
        piped::run(std::io::stdin().lock())
    }
}
