//! Program output. Stdout is buffered in one buffer behind a mutex (goroutines
//! on several threads print) and flushed on exit, on `os.Exit`, before
//! anything is written to stderr (so the two streams keep their order), and
//! whenever it grows past `FLUSH_AT`. Tests capture both streams instead.
//! The REPL replaces both streams by a `Sink` (unbuffered), shared by the
//! machines of all its inputs, so goroutines started at the prompt can print
//! above the line being edited.

use parking_lot::Mutex;
use std::io::Write;

const FLUSH_AT: usize = 64 * 1024;

pub struct Output {
    stdout: Mutex<Vec<u8>>,
    /// `Some` when capturing (tests): (stdout, stderr).
    capture: Option<Mutex<(Vec<u8>, Vec<u8>)>>,
    /// REPL hook: `Some` when a sink takes every write at once.
    sink: Option<std::sync::Arc<dyn Sink>>,
}

/// Where program output goes when it does not go to the process's streams
/// (REPL hook: the REPL prints through its line editor).
pub trait Sink: Send + Sync {
    /// Write `bytes` to stderr if `stderr`, else to stdout.
    fn write(&self, stderr: bool, bytes: &[u8]);
}

impl Output {
    pub fn stdio() -> Output {
        Output {
            stdout: Mutex::new(Vec::with_capacity(8192)),
            capture: None,
            sink: None,
        }
    }
    /// Unbuffered output to `sink` (REPL hook).
    pub fn with_sink(sink: std::sync::Arc<dyn Sink>) -> Output {
        Output {
            stdout: Mutex::new(Vec::new()),
            capture: None,
            sink: Some(sink),
        }
    }
    pub fn capturing() -> Output {
        Output {
            stdout: Mutex::new(Vec::new()),
            capture: Some(Mutex::new((Vec::new(), Vec::new()))),
            sink: None,
        }
    }

    pub fn write_stdout(&self, b: &[u8]) {
        if let Some(sink) = &self.sink {
            sink.write(false, b);
            return;
        }
        let mut buf = self.stdout.lock();
        buf.extend_from_slice(b);
        if buf.len() >= FLUSH_AT {
            self.flush_locked(&mut buf);
        }
    }

    /// Write to stderr, after flushing stdout.
    pub fn write_stderr(&self, b: &[u8]) {
        if let Some(sink) = &self.sink {
            sink.write(true, b);
            return;
        }
        let mut buf = self.stdout.lock();
        self.flush_locked(&mut buf);
        match &self.capture {
            Some(c) => c.lock().1.extend_from_slice(b),
            None => {
                let _ = std::io::stderr().write_all(b);
            }
        }
    }

    pub fn flush(&self) {
        let mut buf = self.stdout.lock();
        self.flush_locked(&mut buf);
    }

    fn flush_locked(&self, buf: &mut Vec<u8>) {
        if buf.is_empty() {
            return;
        }
        match &self.capture {
            Some(c) => c.lock().0.extend_from_slice(buf),
            None => {
                let mut out = std::io::stdout().lock();
                let _ = out.write_all(buf);
                let _ = out.flush();
            }
        }
        buf.clear();
    }

    /// Captured (stdout, stderr), for tests.
    pub fn captured(&self) -> (Vec<u8>, Vec<u8>) {
        self.flush();
        match &self.capture {
            Some(c) => c.lock().clone(),
            None => (Vec::new(), Vec::new()),
        }
    }
}
