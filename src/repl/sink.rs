//! Where the output of Go code run at the REPL goes.
//!
//! `StdSink` writes straight to the process's stdout and stderr (piped
//! mode, and the terminal while an input runs). `TermSink` does the same
//! while no line is being edited; while the prompt waits for a line it
//! hands whole lines to rustyline's `ExternalPrinter`, which prints them
//! above the prompt and redraws the line being typed (a goroutine started
//! earlier may print at any time).

use crate::vm::output::Sink;
use parking_lot::Mutex;
use std::io::Write;

/// The process's own stdout and stderr, unbuffered.
pub struct StdSink;

impl Sink for StdSink {
    fn write(&self, stderr: bool, bytes: &[u8]) {
        write_std(stderr, bytes);
    }
}

fn write_std(stderr: bool, bytes: &[u8]) {
    if stderr {
        let mut e = std::io::stderr().lock();
        let _ = e.write_all(bytes);
        let _ = e.flush();
    } else {
        let mut o = std::io::stdout().lock();
        let _ = o.write_all(bytes);
        let _ = o.flush();
    }
}

/// A line printer that works while a line is being edited.
pub type Printer = Box<dyn rustyline::ExternalPrinter + Send>;

struct TermState {
    printer: Option<Printer>,
    /// A line is being edited: print through `printer`.
    prompting: bool,
    /// Output since the last newline, held back while prompting.
    partial: Vec<u8>,
}

pub struct TermSink {
    state: Mutex<TermState>,
}

impl TermSink {
    pub fn new(printer: Option<Printer>) -> TermSink {
        TermSink {
            state: Mutex::new(TermState {
                printer,
                prompting: false,
                partial: Vec::new(),
            }),
        }
    }

    /// The prompt starts (true) or stops (false) waiting for a line.
    pub fn set_prompting(&self, on: bool) {
        let mut st = self.state.lock();
        st.prompting = on && st.printer.is_some();
        if !on && !st.partial.is_empty() {
            let rest = std::mem::take(&mut st.partial);
            write_std(false, &rest);
        }
    }
}

impl Sink for TermSink {
    fn write(&self, stderr: bool, bytes: &[u8]) {
        let mut st = self.state.lock();
        if !st.prompting {
            write_std(stderr, bytes);
            return;
        }
        st.partial.extend_from_slice(bytes);
        let Some(cut) = st.partial.iter().rposition(|&b| b == b'\n') else {
            return;
        };
        let lines: Vec<u8> = st.partial.drain(..=cut).collect();
        let text = String::from_utf8_lossy(&lines).into_owned();
        if let Some(p) = st.printer.as_mut()
            && p.print(text.clone()).is_err()
        {
            write_std(stderr, text.as_bytes());
        }
    }
}
