//! Panics: raising them, unwinding frames while running deferred calls,
//! `recover`, and the fatal report (`panic: ...` plus a traceback) that Go
//! prints when a panic reaches the top of a goroutine.
//!
//! Unwinding protocol: `throw` records a `PanicState` and calls `unwind`,
//! which looks at the top frame: if it has deferred calls left, the most
//! recent one is started as a `DeferredInPanic(k)` frame and execution goes
//! on inside it; otherwise the frame is popped. When a `DeferredInPanic(k)`
//! frame returns, `exec` checks whether panic `k` was recovered: if so the
//! frame that deferred the call resumes at its `recover_pc` (which runs its
//! remaining defers and returns its named results), else unwinding goes on.
//! A panic raised inside a deferred call marks the older panic `aborted`;
//! both are printed (`panic: first` / `\tpanic: second`), as Go does.

use super::fiber::{FrameKind, PanicState};
use super::program::Program;
use super::value::{Iface, Value};
use crate::types::ty::TypeId;
use std::sync::Arc;

/// The Rust-side error of an instruction or a native: how control leaves
/// the normal path.
#[derive(Debug)]
pub enum Panic {
    /// Start a Go panic with this value (an interface value).
    Value { value: Value, sigsegv: bool },
    /// A panic is already unwinding this fiber (it came out of a nested call).
    Unwinding,
    /// `os.Exit(code)`.
    Exit(i32),
    /// `runtime.Goexit()`: run the deferred calls, then end the goroutine.
    Goexit,
    /// A fatal error (`fatal error: all goroutines are asleep - deadlock!`,
    /// `fatal error: sync: unlock of unlocked mutex`): no deferred calls run.
    Fatal(String),
}

impl Panic {
    pub fn value(v: Value) -> Panic {
        Panic::Value {
            value: v,
            sigsegv: false,
        }
    }
}

/// Constructors for Go's run-time errors.
impl Program {
    fn rt_value(&self, ty: TypeId, msg: String) -> Panic {
        Panic::Value {
            value: Value::Iface(Arc::new(Iface {
                ty,
                val: Value::str_from(&msg),
            })),
            sigsegv: false,
        }
    }
    pub fn index_error(&self, i: i64, len: usize) -> Panic {
        self.rt_value(
            self.rt.bounds_error,
            format!("runtime error: index out of range [{i}] with length {len}"),
        )
    }
    pub fn bounds_error(&self, msg: String) -> Panic {
        self.rt_value(self.rt.bounds_error, format!("runtime error: {msg}"))
    }
    pub fn runtime_error(&self, msg: &str) -> Panic {
        self.rt_value(self.rt.error_string, format!("runtime error: {msg}"))
    }
    pub fn divide_error(&self) -> Panic {
        self.runtime_error("integer divide by zero")
    }
    pub fn nil_deref(&self) -> Panic {
        match self.runtime_error("invalid memory address or nil pointer dereference") {
            Panic::Value { value, .. } => Panic::Value {
                value,
                sigsegv: true,
            },
            p => p,
        }
    }
    pub fn plain_error(&self, msg: &str) -> Panic {
        self.rt_value(self.rt.plain_error, msg.to_string())
    }
    /// `panic(nil)`'s value, a `*runtime.PanicNilError`.
    pub fn panic_nil_error(&self) -> Panic {
        self.rt_value(
            self.rt.panic_nil_error,
            "runtime error: panic called with nil argument".to_string(),
        )
    }
    pub fn assertion_error(&self, msg: String) -> Panic {
        self.rt_value(self.rt.type_assertion_error, msg)
    }
    /// Is this (interface) value one of the VM's runtime errors?
    pub fn is_runtime_error(&self, v: &Value) -> Option<String> {
        let Value::Iface(i) = v else { return None };
        if self.rt.error_types().contains(&i.ty) {
            Some(String::from_utf8_lossy(i.val.str()).into_owned())
        } else {
            None
        }
    }
}

impl super::fiber::Fiber {
    /// The traceback from the top frame down: (function, file, line).
    pub fn traceback(&self) -> Vec<(String, String, u32)> {
        let mut tb = Vec::new();
        for (k, fr) in self.frames.iter().rev().enumerate() {
            if k == 100 {
                // Go prints at most 100 frames
                tb.push((
                    "...additional frames elided...".to_string(),
                    String::new(),
                    0,
                ));
                break;
            }
            let f = &self.prog.funcs[fr.func as usize];
            let pc = (fr.pc as usize).saturating_sub(1);
            let line = f.lines.get(pc).copied().unwrap_or(0);
            tb.push((f.name.clone(), f.file.clone(), line));
        }
        tb
    }

    /// Record a new panic (the current frame's pc is saved).
    pub fn begin_panic(&mut self, value: Value, sigsegv: bool) {
        // panic(v) again with the value just recovered: `[recovered, repanicked]`
        if let Some(last) = self.panics.last_mut()
            && last.recovered
            && !last.aborted
            && same_panic_value(&last.value, &value)
        {
            last.repanicked = true;
            last.recovered = false;
            return;
        }
        let traceback = self.traceback();
        self.panics.push(PanicState {
            value,
            recovered: false,
            aborted: false,
            repanicked: false,
            goexit: false,
            sigsegv,
            traceback,
        });
    }

    /// `runtime.Goexit`: unwinds like a panic that nobody can recover.
    pub fn begin_goexit(&mut self) {
        self.panics.push(PanicState {
            value: Value::Nil,
            recovered: false,
            aborted: false,
            repanicked: false,
            goexit: true,
            sigsegv: false,
            traceback: Vec::new(),
        });
    }

    /// Whether the unwinding that just finished was `runtime.Goexit`'s.
    pub fn goexiting(&self) -> bool {
        self.panics.last().is_some_and(|p| p.goexit)
    }

    /// Unwind toward `stop` frames: start the next deferred call of the top
    /// frame (returns `Ok`, execution continues in it) or pop frames. Returns
    /// `Err(Panic::Unwinding)` when the stack is unwound down to `stop`.
    pub fn unwind(&mut self, stop: usize) -> Result<(), Panic> {
        let k = self.panics.len() as u32 - 1;
        loop {
            if self.frames.len() <= stop {
                return Err(Panic::Unwinding);
            }
            let top = self.frames.len() - 1;
            let mark = self.frames[top].defer_mark as usize;
            if self.defers.len() > mark {
                let d = self.defers.pop().expect("len > mark >= 0");
                match self.start_deferred(d, FrameKind::DeferredInPanic(k)) {
                    Ok(true) => return Ok(()),
                    Ok(false) => continue, // a native ran to completion
                    Err(Panic::Value { value, sigsegv }) => {
                        self.mark_aborted();
                        self.begin_panic(value, sigsegv);
                        return self.unwind(stop);
                    }
                    Err(e) => return Err(e),
                }
            }
            let fr = self.frames.pop().expect("frames.len() > stop >= 0");
            if let FrameKind::DeferredInPanic(j) = fr.kind {
                // a deferred call for panic j is cut short by this panic
                let n = self.panics.len();
                if (j as usize) + 1 < n {
                    self.panics[j as usize].aborted = true;
                }
            }
            if fr.kind == FrameKind::Boundary && self.frames.len() <= stop {
                return Err(Panic::Unwinding);
            }
        }
    }

    fn mark_aborted(&mut self) {
        if let Some(p) = self.panics.last_mut() {
            p.aborted = true;
        }
    }

    /// `recover()`: the current panic's value if called directly by a
    /// deferred function run for it, else nil.
    pub fn recover(&mut self) -> Value {
        let Some(fr) = self.frames.last() else {
            return Value::Nil;
        };
        let FrameKind::DeferredInPanic(k) = fr.kind else {
            return Value::Nil;
        };
        let k = k as usize;
        if k + 1 != self.panics.len() {
            return Value::Nil;
        }
        let p = &mut self.panics[k];
        if p.recovered || p.goexit {
            return Value::Nil;
        }
        p.recovered = true;
        p.repanicked = false;
        p.value.clone()
    }

    /// Go's report of an unrecovered panic, as printed to stderr.
    pub fn panic_report(&mut self) -> String {
        let mut s = String::new();
        let mut panics = std::mem::take(&mut self.panics);
        panics.retain(|p| !p.goexit);
        for (i, p) in panics.iter().enumerate() {
            if i > 0 {
                s.push('\t');
            }
            s.push_str("panic: ");
            s.push_str(&self.panic_value_text(&p.value));
            if p.repanicked {
                s.push_str(" [recovered, repanicked]");
            } else if p.recovered {
                s.push_str(" [recovered]");
            }
            s.push('\n');
            if p.sigsegv && i + 1 == panics.len() {
                s.push_str("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
            }
        }
        s.push_str(&format!("\ngoroutine {} [running]:\n", self.goid));
        if let Some(p) = panics.last() {
            for (name, file, line) in &p.traceback {
                if name.starts_with("...") {
                    s.push_str(name);
                    s.push('\n');
                } else if !file.is_empty() {
                    s.push_str(&format!("{name}(...)\n\t{file}:{line} +0x0\n"));
                }
            }
        }
        s
    }

    /// How `printpanicval` shows a panic value: errors by `Error()`,
    /// Stringers by `String()`, basic kinds by value (`main.S("x")` for
    /// named ones), anything else as `(T) 0xADDR`.
    pub fn panic_value_text(&mut self, v: &Value) -> String {
        if let Some(msg) = self.prog.is_runtime_error(v) {
            return msg;
        }
        crate::stdlib::fmt::print::panic_text(self, v)
    }
}

fn same_panic_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Iface(x), Value::Iface(y)) => {
            Arc::ptr_eq(x, y) || (x.ty == y.ty && super::ops::values_equal_nopanic(&x.val, &y.val))
        }
        (Value::Nil, Value::Nil) => true,
        _ => false,
    }
}
