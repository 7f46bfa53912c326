//! Natives: library functions declared without a body in
//! `src/stdlib/decls/*.go` and implemented in Rust, bound at link time by
//! their qualified name (`strings.Contains`, `sync.Mutex.Lock`).
//!
//! A native receives its arguments exactly as a Go function would (the
//! receiver first for methods, a variadic tail packed into a slice) and
//! returns its results, or `Park` when it must wait (the runtime wakes the
//! goroutine and the same call runs again), or an `Err(Panic)`.
//! `NativeCtx::call` runs Go code re-entrantly (fmt calls `String()` and
//! `Error()` methods this way): a nested dispatch loop on the same fiber.

use super::fiber::{Fiber, FrameKind, RET_DISCARD};
use super::panic::Panic;
use super::program::Program;
use super::types_rt::MethodTarget;
use super::value::{Callee, Value};
use crate::types::ty::{TypeId, TypeTable};

pub type NativeFn = fn(&mut NativeCtx, &[Value]) -> Result<NativeOut, Panic>;

/// What a native returns.
pub enum NativeOut {
    None,
    One(Value),
    Many(Vec<Value>),
    /// The goroutine was registered as a waiter: park it; the call re-executes
    /// when it is woken.
    Park,
    /// Done (no results); let other goroutines run (`runtime.Gosched`).
    Yield,
}

pub struct NativeCtx<'a> {
    pub fiber: &'a mut Fiber,
}

impl NativeCtx<'_> {
    pub fn prog(&self) -> &Program {
        &self.fiber.prog
    }
    pub fn types(&self) -> &TypeTable {
        &self.fiber.prog.types
    }
    /// The running goroutine's G (for parking), when under the scheduler.
    pub fn g(&self) -> Option<&std::sync::Arc<crate::runtime::G>> {
        self.fiber.g.as_ref()
    }
    pub fn stdout(&self, b: &[u8]) {
        self.fiber.m.out.write_stdout(b)
    }
    pub fn stderr(&self, b: &[u8]) {
        self.fiber.m.out.write_stderr(b)
    }
    /// Call a Go function value (or native) with `args`, to completion.
    pub fn call(&mut self, f: &Value, args: &[Value]) -> Result<Vec<Value>, Panic> {
        self.fiber.call_nested(f, args)
    }
    /// Call method `name` on `recv` (an interface value, or a value of dynamic
    /// type `ty`). `Ok(None)` if the type has no such method.
    pub fn call_method(
        &mut self,
        ty: TypeId,
        recv: &Value,
        name: &str,
    ) -> Result<Option<Vec<Value>>, Panic> {
        let Some(m) = self.fiber.prog.find_method(ty, name) else {
            return Ok(None);
        };
        match &m.target {
            MethodTarget::RuntimeError => Ok(Some(vec![recv.clone()])),
            _ => {
                let (callee, r) = self.fiber.resolve_method(recv, &m)?;
                let f = Value::Func(std::sync::Arc::new(super::value::Closure {
                    callee,
                    captures: Box::new([]),
                    recv: Some(r),
                }));
                self.call(&f, &[]).map(Some)
            }
        }
    }
}

impl Fiber {
    /// Run `f(args)` to completion on this fiber (a nested dispatch loop).
    pub fn call_nested(&mut self, f: &Value, args: &[Value]) -> Result<Vec<Value>, Panic> {
        let top = self.stack_top();
        self.reserve_regs(top + args.len() + 2);
        for (i, a) in args.iter().enumerate() {
            self.regs[top + 1 + i] = a.clone();
        }
        self.regs[top] = f.clone();
        let depth = self.frames.len();
        let (callee, nres) = match f {
            Value::Func(c) => (c.callee, self.prog.callee_arity(c.callee).1 as usize),
            _ => return Err(self.prog.nil_deref()),
        };
        match callee {
            Callee::Native(_) | Callee::Go(_) => {
                let pushed =
                    self.call_value_at(top, top + 1, args.len(), top as u32, FrameKind::Boundary)?;
                if pushed {
                    match self.execute(depth, u32::MAX)? {
                        super::exec::ExecExit::Done => {}
                        _ => {
                            return Err(Panic::Fatal(
                                "a goroutine blocked inside a nested call (not supported)".into(),
                            ));
                        }
                    }
                }
            }
        }
        Ok((0..nres)
            .map(|i| std::mem::take(&mut self.regs[top + i]))
            .collect())
    }

    /// First free register above the current frame.
    pub fn stack_top(&self) -> usize {
        match self.frames.last() {
            Some(fr) => fr.base as usize + self.prog.funcs[fr.func as usize].window(),
            None => 0,
        }
    }

    pub fn discard() -> u32 {
        RET_DISCARD
    }
}
