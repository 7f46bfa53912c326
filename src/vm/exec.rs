//! The dispatch loop: one `match` over the instruction, with the bodies of
//! anything longer than a line in `ops.rs` and helpers below.
//!
//! `execute(stop, budget)` runs until the frame count drops to `stop` (the
//! goroutine's first frame or a nested call returned), the budget runs out
//! (`Yield`, only at `stop == 0`: budget is spent on backward jumps and
//! calls), or a blocking operation parks the goroutine (`Park`: the pc is
//! left on the instruction, which runs again on wake-up). Places where
//! control can leave the loop or the register vector can move are marked by
//! `save_pc!` / `continue 'frame` (which reloads the frame's state).

use super::fiber::{DeferRec, Fiber, Frame, FrameKind, RET_DISCARD};
use super::heap::{copy_into, deep_copy, new_cell};
use super::instr::Instr;
use super::map::{GoMap, Key};
use super::native::{NativeCtx, NativeOut};
use super::ops::{self, values_equal};
use super::panic::Panic;
use super::types_rt::{MethodImpl, MethodTarget};
use super::value::{Callee, Closure, Iface, Ptr, Slice, Value, WHOLE, str_value};
use crate::types::ty::{Type, TypeTable};
use std::sync::Arc;

/// Store into a register without calling `drop` when the old value is a
/// scalar (the common case in arithmetic).
#[inline(always)]
pub fn put(slot: &mut Value, v: Value) {
    if matches!(
        slot,
        Value::Nil | Value::Bool(_) | Value::Int(_) | Value::Float(_)
    ) {
        std::mem::forget(std::mem::replace(slot, v));
    } else {
        *slot = v;
    }
}

/// Store an int into a register: in place when it already holds an int.
#[inline(always)]
pub fn put_int(slot: &mut Value, x: i64) {
    if let Value::Int(v) = slot {
        *v = x;
    } else {
        put(slot, Value::Int(x));
    }
}

#[inline(always)]
pub fn put_bool(slot: &mut Value, x: bool) {
    if let Value::Bool(v) = slot {
        *v = x;
    } else {
        put(slot, Value::Bool(x));
    }
}

#[inline(always)]
pub fn put_float(slot: &mut Value, x: f64) {
    if let Value::Float(v) = slot {
        *v = x;
    } else {
        put(slot, Value::Float(x));
    }
}

/// Go's stack limit (1 GB) in frames, roughly: deeper recursion is the
/// fatal `stack overflow`.
pub const MAX_FRAMES: usize = 2_000_000;
pub const STACK_OVERFLOW: &str = "stack overflow";

/// How `execute` stopped.
#[derive(Debug, PartialEq, Eq)]
pub enum ExecExit {
    Done,
    Yield,
    Park,
}

impl Fiber {
    /// Push a frame for Go function `f` whose window starts at `base`.
    /// (Inlined: it is most of a call; out of line it cost fib 10%.)
    #[inline(always)]
    pub fn push_frame(
        &mut self,
        f: u32,
        base: usize,
        ret: u32,
        closure: Option<Arc<Closure>>,
        kind: FrameKind,
    ) {
        let nregs = self.prog.funcs[f as usize].window();
        self.reserve_regs(base + nregs + 1);
        self.frames.push(Frame {
            func: f,
            pc: 0,
            base: base as u32,
            ret,
            closure,
            kind,
            defer_mark: self.defers.len() as u32,
        });
    }

    /// Call the function value in `regs[fslot]` with arguments at
    /// `regs[argbase..argbase+nargs]` (`argbase == fslot + 1`). Returns
    /// `true` if a Go frame was pushed (execution continues there), `false`
    /// if a native ran to completion (results already stored at `ret`).
    pub fn call_value_at(
        &mut self,
        fslot: usize,
        argbase: usize,
        nargs: usize,
        ret: u32,
        kind: FrameKind,
    ) -> Result<bool, Panic> {
        let clo = match &self.regs[fslot] {
            Value::Func(c) => c.clone(),
            _ => return Err(self.prog.nil_deref()),
        };
        if self.frames.len() >= MAX_FRAMES {
            return Err(Panic::Fatal(STACK_OVERFLOW.into()));
        }
        let (mut argbase, mut nargs) = (argbase, nargs);
        if let Some(r) = &clo.recv {
            // bound method value: the receiver goes just before the arguments
            self.regs[fslot] = r.clone();
            argbase = fslot;
            nargs += 1;
        }
        match clo.callee {
            Callee::Go(f) => {
                let closure = if clo.captures.is_empty() {
                    None
                } else {
                    Some(clo)
                };
                self.push_frame(f, argbase, ret, closure, kind);
                Ok(true)
            }
            Callee::Native(n) => {
                self.call_native(n, argbase, nargs, ret)?;
                Ok(false)
            }
        }
    }

    /// Run native `n` on `regs[argbase..argbase+nargs]`, results to `ret`.
    /// `Ok(false)`: it parked.
    pub fn call_native(
        &mut self,
        n: u32,
        argbase: usize,
        nargs: usize,
        ret: u32,
    ) -> Result<bool, Panic> {
        let args: Vec<Value> = self.regs[argbase..argbase + nargs].to_vec();
        let f = self.prog.natives[n as usize].f;
        if f as usize == crate::stdlib::unimplemented_native as *const () as usize {
            return Err(Panic::Fatal(format!(
                "native function {} is not implemented",
                self.prog.natives[n as usize].name
            )));
        }
        let out = f(&mut NativeCtx { fiber: self }, &args)?;
        if ret == RET_DISCARD {
            if let NativeOut::Yield = out {
                self.yield_now = true;
            }
            return Ok(!matches!(out, NativeOut::Park));
        }
        let ret = ret as usize;
        match out {
            NativeOut::None => {}
            NativeOut::One(v) => {
                self.reserve_regs(ret + 1);
                self.regs[ret] = v;
            }
            NativeOut::Many(vs) => {
                self.reserve_regs(ret + vs.len());
                for (i, v) in vs.into_iter().enumerate() {
                    self.regs[ret + i] = v;
                }
            }
            NativeOut::Park => return Ok(false),
            NativeOut::Yield => self.yield_now = true,
        }
        Ok(true)
    }

    /// The callee and adjusted receiver for calling method `m` on `recv`
    /// (an interface value): walk embedded fields, then take the address or
    /// a copy as the method's receiver wants.
    pub fn resolve_method(&self, recv: &Value, m: &MethodImpl) -> Result<(Callee, Value), Panic> {
        let mut cur = match recv {
            Value::Iface(i) => i.val.clone(),
            Value::Nil => return Err(self.prog.nil_deref()),
            v => v.clone(),
        };
        for &i in &m.path {
            cur = match &cur {
                Value::Agg(st)
                | Value::Ptr(Ptr {
                    store: st,
                    idx: WHOLE,
                }) => st.load(i as usize),
                _ => return Err(self.prog.nil_deref()),
            };
        }
        match &m.target {
            MethodTarget::Func { callee, ptr_recv } => {
                let r = if *ptr_recv {
                    match cur {
                        Value::Agg(st) => Value::Ptr(Ptr {
                            store: st,
                            idx: WHOLE,
                        }),
                        other => other,
                    }
                } else {
                    match &cur {
                        Value::Ptr(Ptr { store, idx: WHOLE }) => {
                            deep_copy(&Value::Agg(store.clone()))
                        }
                        Value::Ptr(p) => p.store.load(p.idx as usize),
                        Value::Nil
                            if m.path.is_empty()
                                && matches!(recv, Value::Iface(i) if matches!(self.prog.types.get(i.ty), Type::Pointer(_))) =>
                        {
                            return Err(self.prog.nil_deref());
                        }
                        other => deep_copy(other),
                    }
                };
                Ok((*callee, r))
            }
            MethodTarget::Iface(name) => {
                let Value::Iface(inner) = &cur else {
                    return Err(self.prog.nil_deref());
                };
                let m2 = self
                    .prog
                    .find_method(inner.ty, name)
                    .ok_or_else(|| self.prog.nil_deref())?;
                self.resolve_method(&cur, &m2)
            }
            MethodTarget::RuntimeError => Err(Panic::Fatal(
                "runtime error method called as a function".into(),
            )),
        }
    }

    /// Method value `recv.name` on an interface: resolved now, as Go does.
    fn bind_iface(&self, recv: &Value, name: &[u8]) -> Result<Value, Panic> {
        let Value::Iface(i) = recv else {
            return Err(self.prog.nil_deref());
        };
        let name = std::str::from_utf8(name).unwrap_or("");
        let m = self
            .prog
            .find_method(i.ty, name)
            .ok_or_else(|| self.prog.nil_deref())?;
        if let MethodTarget::RuntimeError = m.target {
            let n = self
                .prog
                .natives
                .iter()
                .position(|n| n.name == "runtime.Error.Error");
            if let Some(n) = n {
                return Ok(Value::Func(Arc::new(Closure {
                    callee: Callee::Native(n as u32),
                    captures: Box::new([]),
                    recv: Some(i.val.clone()),
                })));
            }
        }
        let (callee, r) = self.resolve_method(recv, &m)?;
        Ok(Value::Func(Arc::new(Closure {
            callee,
            captures: Box::new([]),
            recv: Some(r),
        })))
    }

    /// Start deferred call `d` above the current frame. `Ok(true)`: a Go
    /// frame was pushed.
    pub fn start_deferred(&mut self, d: DeferRec, kind: FrameKind) -> Result<bool, Panic> {
        let top = self.stack_top();
        self.reserve_regs(top + d.args.len() + 2);
        let n = d.args.len();
        self.regs[top] = d.callee;
        for (i, a) in d.args.into_iter().enumerate() {
            self.regs[top + 1 + i] = a;
        }
        self.call_value_at(top, top + 1, n, RET_DISCARD, kind)
    }

    fn func_value(&self, callee: Callee) -> Value {
        Value::Func(Arc::new(Closure {
            callee,
            captures: Box::new([]),
            recv: None,
        }))
    }

    /// A Go panic or other exit raised at the current instruction: set up
    /// unwinding. `Ok` means execution continues (in a deferred call).
    fn throw(&mut self, p: Panic, stop: usize) -> Result<(), Panic> {
        match p {
            Panic::Value { value, sigsegv } => {
                self.begin_panic(value, sigsegv);
                self.unwind(stop)
            }
            Panic::Unwinding => self.unwind(stop),
            Panic::Goexit => {
                self.begin_goexit();
                self.unwind(stop)
            }
            other => Err(other),
        }
    }

    /// Run the dispatch loop (see the module comment).
    pub fn execute(&mut self, stop: usize, mut budget: u32) -> Result<ExecExit, Panic> {
        // SAFETY: `Fiber::prog` is set by `Fiber::new` and never reassigned
        // (see the field), and `self` cannot be moved or dropped while it is
        // borrowed here, so the `Arc` keeps the program alive and in place
        // for this whole call although `self` is used mutably below.
        // (Cloning the `Arc` per call cost an atomic increment and decrement
        // on a count that every M shares, on every goroutine switch.)
        let prog: &super::program::Program = unsafe { &*Arc::as_ptr(&self.prog) };
        let types: &TypeTable = &prog.types;
        'frame: loop {
            let fi = self.frames.len() - 1;
            let (fidx, base, mut pc) = {
                let fr = &self.frames[fi];
                (fr.func, fr.base as usize, fr.pc as usize)
            };
            let func = &prog.funcs[fidx as usize];
            let code = &func.code[..];
            let consts = &func.consts[..];
            // The frame's register window. Invariant: `push_frame` reserved
            // `base + func.window()` registers, and every path that can grow
            // `regs` (calls, natives, unwinding) ends with `continue
            // 'frame`, which recomputes this pointer.
            let nregs = func.window();
            assert!(self.regs.len() >= base + nregs, "frame window reserved");
            let rp: *mut Value = unsafe { self.regs.as_mut_ptr().add(base) };

            // Read a register (shared reference). With an identifier, which
            // must be a `Reg` field of the instruction being executed, there
            // is no check: `window()` covers every such field (exhaustively,
            // `Instr::max_reg`); measured, the checks were 11% of the
            // instructions executed by fib, loop and spectral_norm. A
            // computed register (`a + 1`) is checked.
            macro_rules! r {
                ($x:ident) => {
                    *{
                        let i: crate::vm::instr::Reg = $x;
                        let i = i as usize;
                        debug_assert!(i < nregs, "register operand within the frame");
                        // SAFETY: i < window (see above) and the window is live
                        unsafe { &*rp.add(i) }
                    }
                };
                ($x:expr) => {
                    *{
                        let i = $x as usize;
                        assert!(i < nregs, "register operand within the frame");
                        // SAFETY: i < nregs and the window is live (see above)
                        unsafe { &*rp.add(i) }
                    }
                };
            }
            // a register to write (unique reference, used at once); as r!
            macro_rules! w {
                ($x:ident) => {
                    *{
                        let i: crate::vm::instr::Reg = $x;
                        let i = i as usize;
                        debug_assert!(i < nregs, "register operand within the frame");
                        // SAFETY: as for r!; no other reference is live here
                        unsafe { &mut *rp.add(i) }
                    }
                };
                ($x:expr) => {
                    *{
                        let i = $x as usize;
                        assert!(i < nregs, "register operand within the frame");
                        // SAFETY: as for r!; no other reference is live here
                        unsafe { &mut *rp.add(i) }
                    }
                };
            }
            macro_rules! set {
                ($x:ident, $v:expr) => {{
                    let v = $v;
                    put(&mut w!($x), v)
                }};
                ($x:expr, $v:expr) => {{
                    let v = $v;
                    put(&mut w!($x), v)
                }};
            }
            macro_rules! save_pc {
                () => {
                    self.frames[fi].pc = pc as u32
                };
            }
            // raise a Go panic at this instruction
            macro_rules! throw {
                ($e:expr) => {{
                    let e = $e;
                    save_pc!();
                    self.throw(e, stop)?;
                    continue 'frame;
                }};
            }
            macro_rules! tri {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(e) => throw!(e),
                    }
                };
            }
            macro_rules! extra {
                () => {{
                    let Instr::Extra { x } = code[pc] else {
                        unreachable!("instruction without its Extra word")
                    };
                    pc += 1;
                    x
                }};
            }
            macro_rules! spend {
                () => {
                    if stop == 0 {
                        budget = budget.saturating_sub(1);
                        if budget == 0 {
                            save_pc!();
                            return Ok(ExecExit::Yield);
                        }
                    }
                };
            }
            macro_rules! int3 {
                ($a:ident, $b:ident, $c:ident, $op:expr) => {{
                    let x = r!($b).int();
                    let y = r!($c).int();
                    put_int(&mut w!($a), $op(x, y));
                }};
            }
            macro_rules! cmp3 {
                ($a:ident, $b:ident, $c:ident, $get:ident, $op:tt) => {{
                    let v = r!($b).$get() $op r!($c).$get();
                    put_bool(&mut w!($a), v);
                }};
            }
            macro_rules! flt3 {
                ($a:ident, $b:ident, $c:ident, $op:tt) => {{
                    let v = r!($b).float() $op r!($c).float();
                    put_float(&mut w!($a), v);
                }};
            }

            loop {
                let ins = code[pc];
                pc += 1;
                match ins {
                    Instr::Nop | Instr::Extra { .. } => {}
                    Instr::Move { a, b } => set!(a, r!(b).clone()),
                    Instr::LoadK { a, k } => set!(a, consts[k as usize].clone()),
                    Instr::LoadInt { a, i } => set!(a, Value::Int(i as i64)),
                    Instr::LoadNil { a } => set!(a, Value::Nil),
                    Instr::LoadBool { a, b } => set!(a, Value::Bool(b)),
                    Instr::Zero { a, ty } => set!(a, prog.zero(crate::types::ty::TypeId(ty))),
                    Instr::Copy { a, b } => set!(a, deep_copy(&r!(b))),
                    Instr::CopyInto { a, b } => {
                        if let (Value::Agg(d), Value::Agg(s)) = (&r!(a), &r!(b)) {
                            copy_into(d, s);
                        } else if let (
                            Value::Ptr(Ptr {
                                store: d,
                                idx: WHOLE,
                            }),
                            Value::Agg(s),
                        ) = (&r!(a), &r!(b))
                        {
                            copy_into(d, s);
                        } else {
                            set!(a, r!(b).clone());
                        }
                    }

                    Instr::AddInt { a, b, c } => int3!(a, b, c, i64::wrapping_add),
                    Instr::AddIntK { a, b, k } => {
                        let x = r!(b).int();
                        put_int(&mut w!(a), x.wrapping_add(k as i64));
                    }
                    Instr::SubInt { a, b, c } => int3!(a, b, c, i64::wrapping_sub),
                    Instr::MulInt { a, b, c } => int3!(a, b, c, i64::wrapping_mul),
                    Instr::DivInt { a, b, c } => {
                        let y = r!(c).int();
                        if y == 0 {
                            throw!(prog.divide_error());
                        }
                        let x = r!(b).int();
                        put_int(&mut w!(a), x.wrapping_div(y));
                    }
                    Instr::DivUint { a, b, c } => {
                        let y = r!(c).int() as u64;
                        if y == 0 {
                            throw!(prog.divide_error());
                        }
                        let x = r!(b).int() as u64;
                        put_int(&mut w!(a), (x / y) as i64);
                    }
                    Instr::RemInt { a, b, c } => {
                        let y = r!(c).int();
                        if y == 0 {
                            throw!(prog.divide_error());
                        }
                        let x = r!(b).int();
                        put_int(&mut w!(a), x.wrapping_rem(y));
                    }
                    Instr::RemUint { a, b, c } => {
                        let y = r!(c).int() as u64;
                        if y == 0 {
                            throw!(prog.divide_error());
                        }
                        let x = r!(b).int() as u64;
                        put_int(&mut w!(a), (x % y) as i64);
                    }
                    Instr::And { a, b, c } => int3!(a, b, c, |x: i64, y: i64| x & y),
                    Instr::Or { a, b, c } => int3!(a, b, c, |x: i64, y: i64| x | y),
                    Instr::Xor { a, b, c } => int3!(a, b, c, |x: i64, y: i64| x ^ y),
                    Instr::AndNot { a, b, c } => int3!(a, b, c, |x: i64, y: i64| x & !y),
                    Instr::Shl { a, b, c, cu }
                    | Instr::Shr { a, b, c, cu }
                    | Instr::ShrU { a, b, c, cu } => {
                        let n = r!(c).int();
                        if !cu && n < 0 {
                            throw!(prog.runtime_error("negative shift amount"));
                        }
                        let n = n as u64;
                        let x = r!(b).int();
                        let v = match ins {
                            Instr::Shl { .. } => {
                                if n >= 64 {
                                    0
                                } else {
                                    x << n
                                }
                            }
                            Instr::Shr { .. } => x >> n.min(63),
                            _ => {
                                if n >= 64 {
                                    0
                                } else {
                                    ((x as u64) >> n) as i64
                                }
                            }
                        };
                        put_int(&mut w!(a), v);
                    }
                    Instr::NegInt { a, b } => {
                        let x = r!(b).int();
                        put_int(&mut w!(a), x.wrapping_neg());
                    }
                    Instr::BitNot { a, b } => {
                        let x = r!(b).int();
                        put_int(&mut w!(a), !x);
                    }
                    Instr::Wrap { a, bits, signed } => {
                        let x = r!(a).int();
                        put_int(&mut w!(a), ops::wrap(x, bits, signed));
                    }

                    Instr::AddFloat { a, b, c } => flt3!(a, b, c, +),
                    Instr::SubFloat { a, b, c } => flt3!(a, b, c, -),
                    Instr::MulFloat { a, b, c } => flt3!(a, b, c, *),
                    Instr::DivFloat { a, b, c } => flt3!(a, b, c, /),
                    Instr::NegFloat { a, b } => {
                        let x = r!(b).float();
                        put_float(&mut w!(a), -x);
                    }
                    Instr::RoundF32 { a } => {
                        let x = r!(a).float();
                        put_float(&mut w!(a), x as f32 as f64);
                    }

                    Instr::Concat { a, b, c } => {
                        let v = {
                            let (x, y) = (r!(b).str(), r!(c).str());
                            if x.is_empty() {
                                r!(c).clone()
                            } else if y.is_empty() {
                                r!(b).clone()
                            } else {
                                let mut s = Vec::with_capacity(x.len() + y.len());
                                s.extend_from_slice(x);
                                s.extend_from_slice(y);
                                Value::Str(s.into())
                            }
                        };
                        set!(a, v);
                    }

                    Instr::EqInt { a, b, c } => cmp3!(a, b, c, int, ==),
                    Instr::NeInt { a, b, c } => cmp3!(a, b, c, int, !=),
                    Instr::LtInt { a, b, c } => cmp3!(a, b, c, int, <),
                    Instr::LeInt { a, b, c } => cmp3!(a, b, c, int, <=),
                    Instr::MulIntK { a, b, k } => {
                        let x = r!(b).int();
                        put_int(&mut w!(a), x.wrapping_mul(k as i64));
                    }
                    Instr::AndK { a, b, k } => {
                        let x = r!(b).int();
                        put_int(&mut w!(a), x & k as i64);
                    }
                    Instr::RemIntK { a, b, k } => {
                        let x = r!(b).int();
                        put_int(&mut w!(a), x.wrapping_rem(k as i64));
                    }
                    Instr::LeIntK { a, b, k } => {
                        let v = r!(b).int() <= k as i64;
                        put_bool(&mut w!(a), v);
                    }
                    Instr::GtIntK { a, b, k } => {
                        let v = r!(b).int() > k as i64;
                        put_bool(&mut w!(a), v);
                    }
                    Instr::GeIntK { a, b, k } => {
                        let v = r!(b).int() >= k as i64;
                        put_bool(&mut w!(a), v);
                    }
                    Instr::EqIntK { a, b, k } => {
                        let v = r!(b).int() == k as i64;
                        put_bool(&mut w!(a), v);
                    }
                    Instr::NeIntK { a, b, k } => {
                        let v = r!(b).int() != k as i64;
                        put_bool(&mut w!(a), v);
                    }
                    Instr::LtIntK { a, b, k } => {
                        let v = r!(b).int() < k as i64;
                        put_bool(&mut w!(a), v);
                    }
                    Instr::LtUint { a, b, c } => {
                        let v = (r!(b).int() as u64) < (r!(c).int() as u64);
                        put_bool(&mut w!(a), v);
                    }
                    Instr::LeUint { a, b, c } => {
                        let v = (r!(b).int() as u64) <= (r!(c).int() as u64);
                        put_bool(&mut w!(a), v);
                    }
                    Instr::EqFloat { a, b, c } => cmp3!(a, b, c, float, ==),
                    Instr::NeFloat { a, b, c } => cmp3!(a, b, c, float, !=),
                    Instr::LtFloat { a, b, c } => cmp3!(a, b, c, float, <),
                    Instr::LeFloat { a, b, c } => cmp3!(a, b, c, float, <=),
                    Instr::EqStr { a, b, c } => cmp3!(a, b, c, str, ==),
                    Instr::NeStr { a, b, c } => cmp3!(a, b, c, str, !=),
                    Instr::LtStr { a, b, c } => cmp3!(a, b, c, str, <),
                    Instr::LeStr { a, b, c } => cmp3!(a, b, c, str, <=),
                    Instr::Eq { a, b, c } => {
                        let v = tri!(values_equal(prog, &r!(b), &r!(c)));
                        put_bool(&mut w!(a), v);
                    }
                    Instr::Ne { a, b, c } => {
                        let v = tri!(values_equal(prog, &r!(b), &r!(c)));
                        put_bool(&mut w!(a), !v);
                    }
                    Instr::IsNil { a, b } => {
                        let v = r!(b).is_nil();
                        put_bool(&mut w!(a), v);
                    }
                    Instr::Not { a, b } => {
                        let v = !r!(b).bool();
                        put_bool(&mut w!(a), v);
                    }

                    Instr::Jmp { sj } => {
                        pc = (pc as i64 + sj as i64) as usize;
                        if sj < 0 {
                            spend!();
                        }
                    }
                    Instr::JmpIf { a, sj } => {
                        if r!(a).bool() {
                            pc = (pc as i64 + sj as i64) as usize;
                            if sj < 0 {
                                spend!();
                            }
                        }
                    }
                    Instr::JmpIfNot { a, sj } => {
                        if !r!(a).bool() {
                            pc = (pc as i64 + sj as i64) as usize;
                            if sj < 0 {
                                spend!();
                            }
                        }
                    }
                    Instr::JmpLtInt { b, c, sj } => {
                        if r!(b).int() < r!(c).int() {
                            pc = (pc as i64 + sj as i64) as usize;
                            if sj < 0 {
                                spend!();
                            }
                        }
                    }
                    Instr::JmpGeInt { b, c, sj } => {
                        if r!(b).int() >= r!(c).int() {
                            pc = (pc as i64 + sj as i64) as usize;
                            if sj < 0 {
                                spend!();
                            }
                        }
                    }

                    // --- calls
                    Instr::Call { a, f } => {
                        save_pc!();
                        if self.frames.len() >= MAX_FRAMES {
                            throw!(Panic::Fatal(STACK_OVERFLOW.into()));
                        }
                        let nb = base + a as usize;
                        self.push_frame(f, nb, nb as u32, None, FrameKind::Normal);
                        spend!();
                        continue 'frame;
                    }
                    Instr::CallNative { a, n } => {
                        save_pc!();
                        let nb = base + a as usize;
                        let np = prog.natives[n as usize].nparams as usize;
                        match self.call_native(n, nb, np, nb as u32) {
                            Ok(true) => {
                                self.native_stage = 0;
                                if self.yield_now && stop == 0 {
                                    self.yield_now = false;
                                    return Ok(ExecExit::Yield);
                                }
                            }
                            Ok(false) => {
                                return self.park(fi, pc - 1, stop);
                            }
                            Err(e) => {
                                self.throw(e, stop)?;
                            }
                        }
                        continue 'frame;
                    }
                    Instr::CallClosure { a } => {
                        save_pc!();
                        let fs = base + a as usize;
                        let nargs = match &self.regs[fs] {
                            Value::Func(c) => {
                                prog.callee_arity(c.callee).0 as usize - c.recv.is_some() as usize
                            }
                            _ => throw!(prog.nil_deref()),
                        };
                        if let Err(e) =
                            self.call_value_at(fs, fs + 1, nargs, fs as u32, FrameKind::Normal)
                        {
                            self.throw(e, stop)?;
                        }
                        spend!();
                        continue 'frame;
                    }
                    Instr::CallIface { a, m } => {
                        save_pc!();
                        let fs = base + a as usize;
                        let recv = self.regs[fs].clone();
                        let name = consts[m as usize].str();
                        let name = std::str::from_utf8(name).unwrap_or("");
                        let Value::Iface(i) = &recv else {
                            throw!(prog.nil_deref())
                        };
                        let Some(mi) = prog.find_method(i.ty, name) else {
                            throw!(prog.nil_deref())
                        };
                        if let MethodTarget::RuntimeError = mi.target {
                            self.regs[fs] = i.val.clone();
                            continue;
                        }
                        let (callee, r) = tri!(self.resolve_method(&recv, &mi));
                        self.regs[fs] = r;
                        match callee {
                            Callee::Go(f) => {
                                self.push_frame(f, fs, fs as u32, None, FrameKind::Normal)
                            }
                            Callee::Native(n) => {
                                let np = prog.natives[n as usize].nparams as usize;
                                match self.call_native(n, fs, np, fs as u32) {
                                    Ok(true) => {}
                                    Ok(false) => {
                                        self.regs[fs] = recv;
                                        return self.park(fi, pc - 1, stop);
                                    }
                                    Err(e) => self.throw(e, stop)?,
                                }
                            }
                        }
                        spend!();
                        continue 'frame;
                    }
                    Instr::Return { a, n } => {
                        // invariant: execute runs only with frames above `stop`
                        let fr = self.frames.pop().expect("a frame is running");
                        if fr.ret != RET_DISCARD {
                            let src = base + a as usize;
                            let dst = fr.ret as usize;
                            for i in 0..n as usize {
                                let v = std::mem::take(&mut self.regs[src + i]);
                                put(&mut self.regs[dst + i], v);
                            }
                        }
                        match fr.kind {
                            FrameKind::DeferredInPanic(k) => {
                                let k = k as usize;
                                if self.panics.get(k).is_some_and(|p| p.recovered) {
                                    self.panics.truncate(k);
                                    // the deferring frame returns normally
                                    if let Some(caller) = self.frames.last_mut() {
                                        let rp = prog.funcs[caller.func as usize].recover_pc;
                                        caller.pc = rp.unwrap_or(caller.pc);
                                    }
                                } else {
                                    self.unwind(stop)?;
                                    continue 'frame;
                                }
                            }
                            FrameKind::Boundary if self.frames.len() <= stop => {
                                return Ok(ExecExit::Done);
                            }
                            _ => {}
                        }
                        if self.frames.len() <= stop {
                            return Ok(ExecExit::Done);
                        }
                        continue 'frame;
                    }
                    Instr::RunDefers => {
                        let mark = self.frames[fi].defer_mark as usize;
                        if self.defers.len() > mark {
                            // this instruction runs again when the call returns
                            self.frames[fi].pc = (pc - 1) as u32;
                            let d = self.defers.pop().expect("len > mark");
                            if let Err(e) = self.start_deferred(d, FrameKind::Deferred) {
                                self.throw(e, stop)?;
                            }
                            continue 'frame;
                        }
                    }
                    Instr::Closure { a, f } => {
                        let n = prog.funcs[f as usize].ncaptures as usize;
                        let caps: Box<[Value]> =
                            (0..n).map(|i| r!(a as usize + 1 + i).clone()).collect();
                        set!(
                            a,
                            Value::Func(Arc::new(Closure {
                                callee: Callee::Go(f),
                                captures: caps,
                                recv: None
                            }))
                        );
                    }
                    Instr::FuncVal { a, f } => set!(a, self.func_value(Callee::Go(f))),
                    Instr::NativeVal { a, n } => set!(a, self.func_value(Callee::Native(n))),
                    Instr::BindMethod { a, b } => {
                        let f = extra!();
                        let recv = r!(b).clone();
                        set!(
                            a,
                            Value::Func(Arc::new(Closure {
                                callee: Callee::Go(f),
                                captures: Box::new([]),
                                recv: Some(recv)
                            }))
                        );
                    }
                    Instr::BindNative { a, b } => {
                        let n = extra!();
                        let recv = r!(b).clone();
                        set!(
                            a,
                            Value::Func(Arc::new(Closure {
                                callee: Callee::Native(n),
                                captures: Box::new([]),
                                recv: Some(recv)
                            }))
                        );
                    }
                    Instr::BindIface { a, b } => {
                        let m = extra!();
                        let v = tri!(self.bind_iface(&r!(b), consts[m as usize].str()));
                        set!(a, v);
                    }
                    Instr::GetCap { a, i } => {
                        let v = match &self.frames[fi].closure {
                            Some(c) => c.captures[i as usize].clone(),
                            None => Value::Nil,
                        };
                        set!(a, v);
                    }
                    Instr::Go { .. }
                    | Instr::GoClosure { .. }
                    | Instr::GoNative { .. }
                    | Instr::GoIface { .. } => {
                        save_pc!();
                        let (callee, args) = tri!(self.call_parts(ins, base, consts));
                        tri!(self.spawn(callee, args));
                    }
                    Instr::Defer { .. }
                    | Instr::DeferClosure { .. }
                    | Instr::DeferNative { .. }
                    | Instr::DeferIface { .. } => {
                        let (callee, args) = tri!(self.call_parts(ins, base, consts));
                        self.defers.push(DeferRec { callee, args });
                    }
                    Instr::Panic { a } => {
                        let v = r!(a).clone();
                        if v.is_nil() {
                            throw!(Panic::value(self.panic_nil_error()));
                        }
                        throw!(Panic::value(v));
                    }
                    Instr::Recover { a } => {
                        // recover() is called by the frame below (the deferred function
                        // itself), which is this frame: see the compiler's lowering
                        let v = self.recover();
                        set!(a, v);
                    }

                    // --- variables in memory
                    Instr::GetGlobal { a, g } => set!(a, self.m.globals.load(g as usize)),
                    Instr::SetGlobal { a, g } => self.m.globals.store(g as usize, r!(a).clone()),
                    Instr::AddrGlobal { a, g } => {
                        let v = match self.m.globals.load(g as usize) {
                            Value::Agg(st) => Value::Ptr(Ptr {
                                store: st,
                                idx: WHOLE,
                            }),
                            _ => Value::Ptr(Ptr {
                                store: self.m.globals.clone(),
                                idx: g,
                            }),
                        };
                        set!(a, v);
                    }
                    Instr::NewCell { a, b } => {
                        let v = r!(b).clone();
                        set!(
                            a,
                            Value::Ptr(Ptr {
                                store: new_cell(v),
                                idx: 0
                            })
                        );
                    }
                    Instr::Load { a, b } => {
                        let v = match &r!(b) {
                            Value::Ptr(p) if p.idx == WHOLE => Value::Agg(p.store.clone()),
                            Value::Ptr(p) => p.store.load(p.idx as usize),
                            Value::Slice(s) => ops::load_array_view(s),
                            _ => throw!(prog.nil_deref()),
                        };
                        set!(a, v);
                    }
                    Instr::Store { a, b } => {
                        let v = r!(b).clone();
                        match &r!(a) {
                            Value::Ptr(p) if p.idx == WHOLE => {
                                if let Value::Agg(s) = &v {
                                    copy_into(&p.store, s);
                                }
                            }
                            Value::Ptr(p) => p.store.store(p.idx as usize, v),
                            Value::Slice(s) => ops::store_array_view(s, &v),
                            _ => throw!(prog.nil_deref()),
                        }
                    }
                    Instr::MakePtr { a, b } => {
                        let v = match &r!(b) {
                            Value::Agg(st) => Value::Ptr(Ptr {
                                store: st.clone(),
                                idx: WHOLE,
                            }),
                            other => other.clone(),
                        };
                        set!(a, v);
                    }
                    Instr::New { a, ty } => {
                        let t = crate::types::ty::TypeId(ty);
                        let v = match prog.zero(t) {
                            Value::Agg(st) => Value::Ptr(Ptr {
                                store: st,
                                idx: WHOLE,
                            }),
                            z => Value::Ptr(Ptr {
                                store: new_cell(z),
                                idx: 0,
                            }),
                        };
                        set!(a, v);
                    }

                    // --- aggregates
                    Instr::GetField { a, b, i } => {
                        let v = match &r!(b) {
                            Value::Agg(st)
                            | Value::Ptr(Ptr {
                                store: st,
                                idx: WHOLE,
                            }) => st.load(i as usize),
                            _ => throw!(prog.nil_deref()),
                        };
                        set!(a, v);
                    }
                    Instr::SetField { a, i, c } => {
                        let v = r!(c).clone();
                        match &r!(a) {
                            Value::Agg(st)
                            | Value::Ptr(Ptr {
                                store: st,
                                idx: WHOLE,
                            }) => st.store(i as usize, v),
                            _ => throw!(prog.nil_deref()),
                        }
                    }
                    Instr::AddrField { a, b, i } => {
                        let v = match &r!(b) {
                            Value::Agg(st)
                            | Value::Ptr(Ptr {
                                store: st,
                                idx: WHOLE,
                            }) => match st.load(i as usize) {
                                Value::Agg(inner) => Value::Ptr(Ptr {
                                    store: inner,
                                    idx: WHOLE,
                                }),
                                _ => Value::Ptr(Ptr {
                                    store: st.clone(),
                                    idx: i as u32,
                                }),
                            },
                            _ => throw!(prog.nil_deref()),
                        };
                        set!(a, v);
                    }
                    Instr::Index { a, b, c } => {
                        let i = r!(c).int();
                        let v = {
                            let (st, k) = tri!(ops::elem_slot(prog, &r!(b), i));
                            st.load(k)
                        };
                        set!(a, v);
                    }
                    Instr::SetIndex { a, b, c } => {
                        let i = r!(b).int();
                        let v = r!(c).clone();
                        let (st, k) = tri!(ops::elem_slot(prog, &r!(a), i));
                        st.store(k, v);
                    }
                    Instr::AddrIndex { a, b, c } => {
                        let i = r!(c).int();
                        let v = {
                            let (st, k) = tri!(ops::elem_slot(prog, &r!(b), i));
                            match st.load(k) {
                                Value::Agg(inner) => Value::Ptr(Ptr {
                                    store: inner,
                                    idx: WHOLE,
                                }),
                                _ => Value::Ptr(Ptr {
                                    store: st.clone(),
                                    idx: k as u32,
                                }),
                            }
                        };
                        set!(a, v);
                    }
                    Instr::IndexStr { a, b, c } => {
                        let i = r!(c).int();
                        let v = {
                            let s = r!(b).str();
                            if i < 0 || i as usize >= s.len() {
                                throw!(prog.index_error(i, s.len()));
                            }
                            Value::Int(s[i as usize] as i64)
                        };
                        set!(a, v);
                    }
                    Instr::SliceOf { a, b, m } => {
                        let mut k = 1;
                        let mut opnd = |bit: u8| {
                            if m & bit != 0 {
                                let v = self.regs[base + b as usize + k].int();
                                k += 1;
                                Some(v)
                            } else {
                                None
                            }
                        };
                        let (lo, hi, max) = (opnd(1), opnd(2), opnd(4));
                        let v = tri!(ops::slice_op(prog, &r!(b), lo, hi, max));
                        set!(a, v);
                    }
                    Instr::Len { a, b } => {
                        let v = ops::len_of(&r!(b));
                        put_int(&mut w!(a), v);
                    }
                    Instr::Cap { a, b } => {
                        let v = ops::cap_of(&r!(b));
                        put_int(&mut w!(a), v);
                    }
                    Instr::MakeSlice { a, b } => {
                        let ty = crate::types::ty::TypeId(extra!());
                        let (l, c) = (r!(b).int(), r!(b + 1).int());
                        let v = tri!(ops::make_slice(prog, ty, l, c));
                        set!(a, v);
                    }
                    Instr::SliceLit { a, n } => {
                        let ty = crate::types::ty::TypeId(extra!());
                        let is_array = matches!(types.under(ty), Type::Array { .. });
                        let v = if is_array {
                            prog.zero(ty)
                        } else {
                            tri!(ops::make_slice(prog, ty, n as i64, n as i64))
                        };
                        {
                            let st = match &v {
                                Value::Agg(st) => st,
                                Value::Slice(s) => &s.store,
                                _ => unreachable!("make_slice and zero(array) build a store"),
                            };
                            for i in 0..n as usize {
                                st.store(i, self.regs[base + a as usize + 1 + i].clone());
                            }
                        }
                        set!(a, v);
                    }
                    Instr::StructLit { a, n } => {
                        let _ty = extra!();
                        // the fields' slots are built straight from the
                        // registers: one allocation, not three
                        let first = base + a as usize + 1;
                        let st = super::heap::Store::from_fields(
                            self.regs[first..first + n as usize]
                                .iter_mut()
                                .map(std::mem::take),
                        );
                        set!(a, Value::Agg(Arc::new(st)));
                    }
                    Instr::Append { a, b, n } => {
                        let ty = crate::types::ty::TypeId(extra!());
                        let s = base + b as usize;
                        let v = tri!(ops::append(
                            prog,
                            &self.regs[s],
                            &self.regs[s + 1..s + 1 + n as usize],
                            ty
                        ));
                        set!(a, v);
                    }
                    Instr::AppendSlice { a, b, c } => {
                        let ty = crate::types::ty::TypeId(extra!());
                        let v = tri!(ops::append_slice(prog, &r!(b), &r!(c), ty));
                        set!(a, v);
                    }
                    Instr::CopySlice { a, b, c } => {
                        let n = ops::copy_slice(&r!(b), &r!(c));
                        put_int(&mut w!(a), n);
                    }
                    Instr::DecodeRune { a, b, c } => {
                        let i = r!(c).int() as usize;
                        let (rn, w) = ops::decode_rune(r!(b).str(), i);
                        put_int(&mut w!(a), rn);
                        put_int(&mut w!(a + 1), w as i64);
                    }
                    Instr::Clear { a } => match &r!(a) {
                        Value::Map(m) => m.clear(),
                        Value::Slice(s) => {
                            for i in 0..s.len as usize {
                                let z = match s.store.load(s.off as usize + i) {
                                    Value::Int(_) => Value::Int(0),
                                    Value::Float(_) => Value::Float(0.0),
                                    Value::Bool(_) => Value::Bool(false),
                                    Value::Str(_) => str_value(b""),
                                    Value::Agg(st) => {
                                        super::heap::clear_store(&st);
                                        continue;
                                    }
                                    _ => Value::Nil,
                                };
                                s.store.store(s.off as usize + i, z);
                            }
                        }
                        _ => {}
                    },

                    // --- maps
                    Instr::MakeMap { a, ty: _ } => set!(a, Value::Map(Arc::new(GoMap::new()))),
                    Instr::MapGet { a, b, c } | Instr::MapGet2 { a, b, c } => {
                        let ety = crate::types::ty::TypeId(extra!());
                        let key = tri!(self.map_key(&r!(c)));
                        let found = match &r!(b) {
                            Value::Map(m) => m.get(&key),
                            _ => None,
                        };
                        let ok = found.is_some();
                        set!(a, found.unwrap_or_else(|| prog.zero(ety)));
                        if let Instr::MapGet2 { .. } = ins {
                            put_bool(&mut w!(a + 1), ok);
                        }
                    }
                    Instr::MapSet { a, b, c } => {
                        let k = r!(b).clone();
                        let key = tri!(self.map_key(&k));
                        let v = deep_copy(&r!(c));
                        match &r!(a) {
                            Value::Map(m) => m.set(key, deep_copy(&k), v),
                            _ => throw!(prog.plain_error("assignment to entry in nil map")),
                        }
                    }
                    Instr::MapDelete { a, b } => {
                        let key = tri!(self.map_key(&r!(b)));
                        if let Value::Map(m) = &r!(a) {
                            m.delete(&key);
                        }
                    }
                    Instr::MapIter { a, b } => {
                        let it = match &r!(b) {
                            Value::Map(m) => {
                                Value::Native(Arc::new(parking_lot::Mutex::new(m.iter())))
                            }
                            _ => Value::Nil,
                        };
                        set!(a, it);
                    }
                    Instr::MapNext { a, b, c } => {
                        let next = match &r!(b) {
                            Value::Native(n) => n
                                .downcast_ref::<parking_lot::Mutex<super::map::MapIter>>()
                                .and_then(|it| it.lock().next_entry()),
                            _ => None,
                        };
                        match next {
                            Some((k, v)) => {
                                set!(a, k);
                                set!(a + 1, v);
                                put_bool(&mut w!(c), true);
                            }
                            None => set!(c, Value::Bool(false)),
                        }
                    }

                    // --- interfaces
                    Instr::Box { a, b } => {
                        let ty = crate::types::ty::TypeId(extra!());
                        let v = deep_copy(&r!(b));
                        set!(a, Value::Iface(Arc::new(Iface { ty, val: v })));
                    }
                    Instr::Assert { a, b } => {
                        let ty = crate::types::ty::TypeId(extra!());
                        let src = crate::types::ty::TypeId(extra!());
                        let v = tri!(self.assert(&r!(b), ty, Some(src))).0;
                        set!(a, v);
                    }
                    Instr::Assert2 { a, b } => {
                        let ty = crate::types::ty::TypeId(extra!());
                        let (v, ok) = tri!(self.assert(&r!(b), ty, None));
                        set!(a, v);
                        put_bool(&mut w!(a + 1), ok);
                    }
                    Instr::TypeIs { a, b } => {
                        let ty = crate::types::ty::TypeId(extra!());
                        let v = self.type_is(&r!(b), ty);
                        put_bool(&mut w!(a), v);
                    }

                    // --- conversions
                    Instr::IntToFloat { a, b } => {
                        let x = r!(b).int();
                        put_float(&mut w!(a), x as f64);
                    }
                    Instr::UintToFloat { a, b } => {
                        let x = r!(b).int() as u64;
                        put_float(&mut w!(a), x as f64);
                    }
                    Instr::FloatToInt { a, b } => {
                        let x = r!(b).float();
                        put_int(&mut w!(a), ops::float_to_int(x));
                    }
                    Instr::FloatToUint { a, b } => {
                        let x = r!(b).float();
                        put_int(&mut w!(a), ops::float_to_uint(x));
                    }
                    Instr::RuneToStr { a, b } => {
                        let mut s = Vec::new();
                        ops::encode_rune(r!(b).int(), &mut s);
                        set!(a, str_value(&s));
                    }
                    Instr::BytesToStr { a, b } => set!(a, ops::bytes_to_str(&r!(b))),
                    Instr::StrToBytes { a, b } => set!(a, ops::str_to_bytes(r!(b).str())),
                    Instr::RunesToStr { a, b } => set!(a, ops::runes_to_str(&r!(b))),
                    Instr::StrToRunes { a, b } => set!(a, ops::str_to_runes(r!(b).str())),
                    Instr::SliceToArray { a, b } => {
                        let ty = crate::types::ty::TypeId(extra!());
                        let v = tri!(ops::slice_to_array(prog, &r!(b), ty));
                        set!(a, v);
                    }

                    // --- channels
                    Instr::MakeChan { a, b } => {
                        let ty = crate::types::ty::TypeId(extra!());
                        let n = r!(b).int();
                        if n < 0 {
                            throw!(prog.plain_error("makechan: size out of range"));
                        }
                        let elem = match types.under(ty) {
                            Type::Chan { elem, .. } => *elem,
                            _ => ty,
                        };
                        set!(a, super::chan::new_chan(n as usize, prog.zero(elem)));
                    }
                    Instr::Send { .. }
                    | Instr::Recv { .. }
                    | Instr::Recv2 { .. }
                    | Instr::Close { .. }
                    | Instr::Select { .. } => {
                        save_pc!();
                        match self.chan_op(ins, base) {
                            Ok(true) => {}
                            Ok(false) => return self.park(fi, pc - 1, stop),
                            Err(e) => {
                                self.throw(e, stop)?;
                                continue 'frame;
                            }
                        }
                    }

                    Instr::Print { a, n, ln } => {
                        let vals: Vec<Value> = (0..n as usize)
                            .map(|i| r!(a as usize + i).clone())
                            .collect();
                        let s = crate::stdlib::fmt::print::builtin_print(prog, &vals, ln);
                        self.m.out.write_stderr(s.as_bytes());
                    }
                }
            }
        }
    }

    /// Leave the loop parked on instruction `pc` of frame `fi`.
    fn park(&mut self, fi: usize, pc: usize, stop: usize) -> Result<ExecExit, Panic> {
        self.frames[fi].pc = pc as u32;
        if stop != 0 {
            return Err(Panic::Fatal(
                "a goroutine blocked inside a nested call (not supported)".into(),
            ));
        }
        Ok(ExecExit::Park)
    }

    fn map_key(&self, k: &Value) -> Result<Key, Panic> {
        Key::of(k).map_err(|e| {
            self.prog.runtime_error(&format!(
                "hash of unhashable type {}",
                self.prog.types.type_string(e.0, true)
            ))
        })
    }

    /// `panic(nil)`: Go 1.21+ panics with a `*runtime.PanicNilError`.
    fn panic_nil_error(&self) -> Value {
        match self.prog.panic_nil_error() {
            Panic::Value { value, .. } => value,
            _ => Value::Nil,
        }
    }

    /// The callee value and arguments of a `go` or `defer` instruction.
    fn call_parts(
        &self,
        ins: Instr,
        base: usize,
        consts: &[Value],
    ) -> Result<(Value, Vec<Value>), Panic> {
        let prog = &self.prog;
        let args = |start: usize, n: usize| -> Vec<Value> { self.regs[start..start + n].to_vec() };
        Ok(match ins {
            Instr::Go { a, f } | Instr::Defer { a, f } => {
                let n = prog.funcs[f as usize].nparams as usize;
                (self.func_value(Callee::Go(f)), args(base + a as usize, n))
            }
            Instr::GoNative { a, n } | Instr::DeferNative { a, n } => {
                let np = prog.natives[n as usize].nparams as usize;
                (
                    self.func_value(Callee::Native(n)),
                    args(base + a as usize, np),
                )
            }
            Instr::GoClosure { a } | Instr::DeferClosure { a } => {
                let f = self.regs[base + a as usize].clone();
                let n = match &f {
                    Value::Func(c) => {
                        prog.callee_arity(c.callee).0 as usize - c.recv.is_some() as usize
                    }
                    _ => return Err(prog.nil_deref()),
                };
                (f, args(base + a as usize + 1, n))
            }
            Instr::GoIface { a, m } | Instr::DeferIface { a, m } => {
                let recv = &self.regs[base + a as usize];
                let f = self.bind_iface(recv, consts[m as usize].str())?;
                let n = match &f {
                    Value::Func(c) => prog.callee_arity(c.callee).0 as usize - 1,
                    _ => 0,
                };
                (f, args(base + a as usize + 1, n))
            }
            _ => unreachable!("call_parts of a go/defer instruction"),
        })
    }

    /// `go f(args)`: hand a new fiber to the scheduler.
    fn spawn(&mut self, callee: Value, args: Vec<Value>) -> Result<(), Panic> {
        super::task::spawn(self, callee, args)
    }

    /// `x.(T)`: the value and whether it matched. `src` is the static
    /// interface type of `x` when a failure panics (None: the comma-ok form).
    fn assert(
        &self,
        x: &Value,
        ty: crate::types::ty::TypeId,
        src: Option<crate::types::ty::TypeId>,
    ) -> Result<(Value, bool), Panic> {
        let prog = &self.prog;
        let types = &prog.types;
        let target_is_iface = types.is_interface(ty);
        let ok = self.type_is(x, ty);
        if ok {
            return Ok(match x {
                Value::Iface(i) if !target_is_iface => (i.val.clone(), true),
                v => (v.clone(), true),
            });
        }
        let Some(src) = src else {
            return Ok((
                if target_is_iface {
                    Value::Nil
                } else {
                    prog.zero(ty)
                },
                false,
            ));
        };
        // Go's TypeAssertionError names the static interface type when the
        // target is concrete (`main.Shape is nil, not main.Square`), and
        // just `interface` for a nil operand asserted to an interface.
        let iface_name = types.type_string(src, true);
        let want = types.type_string(ty, true);
        Err(match x {
            Value::Iface(i) => {
                let have = types.type_string(i.ty, true);
                if target_is_iface {
                    let missing = prog.implements(i.ty, ty).err().unwrap_or_default();
                    prog.assertion_error(format!(
                        "interface conversion: {have} is not {want}: missing method {missing}"
                    ))
                } else {
                    prog.assertion_error(format!(
                        "interface conversion: {iface_name} is {have}, not {want}"
                    ))
                }
            }
            _ if target_is_iface => prog.assertion_error(format!(
                "interface conversion: interface is nil, not {want}"
            )),
            _ => prog.assertion_error(format!(
                "interface conversion: {iface_name} is nil, not {want}"
            )),
        })
    }

    fn type_is(&self, x: &Value, ty: crate::types::ty::TypeId) -> bool {
        if ty == crate::types::ty::TypeTable::UNTYPED_NIL {
            return x.is_nil();
        }
        match x {
            Value::Iface(i) => {
                if self.prog.types.is_interface(ty) {
                    self.prog.implements(i.ty, ty).is_ok()
                } else {
                    i.ty == ty
                }
            }
            _ => false,
        }
    }

    /// Channel instructions and `select`, through the runtime. `Ok(false)`:
    /// the goroutine parked (the instruction runs again when it is woken).
    ///
    /// Everything is borrowed, nothing cloned: the program, the G and the
    /// channel are shared by every M, and an `Arc` clone here (an atomic
    /// increment and decrement on a cache line the other Ms touch too) was
    /// a quarter of the dispatch loop's time in `pingpong`.
    fn chan_op(&mut self, ins: Instr, base: usize) -> Result<bool, Panic> {
        use super::chan::ChanObj;
        use crate::runtime::{Op, SelectCase, Selected, WaitReason, park_forever};
        let Fiber { prog, regs, g, .. } = self;
        let Some(g) = g.as_ref() else {
            return Err(Panic::Fatal(
                "channel operation outside the scheduler".into(),
            ));
        };
        fn chan_at<'r>(
            prog: &super::program::Program,
            regs: &'r [Value],
            r: usize,
        ) -> Option<Result<&'r ChanObj, Panic>> {
            match &regs[r] {
                Value::Chan(c) => Some(super::chan::as_chan(c).ok_or_else(|| prog.nil_deref())),
                _ => None,
            }
        }
        match ins {
            Instr::Send { a, b } => {
                let Some(c) = chan_at(prog, regs, base + a as usize) else {
                    park_forever::<()>(g, WaitReason::ChanSendNilChan);
                    return Ok(false);
                };
                let c = c?;
                let v = deep_copy(&regs[base + b as usize]);
                match c.ch.send(g, v) {
                    Op::Ready(Ok(())) => Ok(true),
                    Op::Ready(Err(e)) => Err(prog.plain_error(e.as_str())),
                    Op::Park => Ok(false),
                }
            }
            Instr::Recv { a, b } | Instr::Recv2 { a, b } => {
                let Some(c) = chan_at(prog, regs, base + b as usize) else {
                    park_forever::<()>(g, WaitReason::ChanReceiveNilChan);
                    return Ok(false);
                };
                let c = c?;
                match c.ch.recv(g, || c.zero()) {
                    Op::Ready((v, ok)) => {
                        regs[base + a as usize] = v;
                        if let Instr::Recv2 { .. } = ins {
                            regs[base + a as usize + 1] = Value::Bool(ok);
                        }
                        Ok(true)
                    }
                    Op::Park => Ok(false),
                }
            }
            Instr::Close { a } => {
                let Some(c) = chan_at(prog, regs, base + a as usize) else {
                    return Err(prog.plain_error("close of nil channel"));
                };
                c?.ch.close().map_err(|e| prog.plain_error(e.as_str()))?;
                Ok(true)
            }
            Instr::Select { a, n, dflt } => {
                let a = base + a as usize;
                let n = n as usize;
                // values to send are copied before the cases borrow `regs`
                let vals: Vec<Value> = (0..n).map(|i| deep_copy(&regs[a + 5 + 3 * i])).collect();
                let (idx, v, ok) = {
                    let mut objs: Vec<Option<&ChanObj>> = Vec::with_capacity(n);
                    for i in 0..n {
                        objs.push(chan_at(prog, regs, a + 4 + 3 * i).transpose()?);
                    }
                    let cases: Vec<SelectCase<'_, Value>> = (0..n)
                        .map(|i| {
                            let ch = objs[i].map(|o| &o.ch);
                            if regs[a + 3 + 3 * i].int() == 0 {
                                SelectCase::Send(ch, &vals[i])
                            } else {
                                SelectCase::Recv(ch)
                            }
                        })
                        .collect();
                    match crate::runtime::selectgo(g, &cases, dflt, || Value::Nil) {
                        Op::Park => return Ok(false),
                        Op::Ready(Err(e)) => return Err(prog.plain_error(e.as_str())),
                        Op::Ready(Ok(Selected::Send(i))) => (i as i64, Value::Nil, false),
                        Op::Ready(Ok(Selected::Recv(i, v, ok))) => {
                            let v = if ok {
                                v
                            } else {
                                objs[i].map(|o| o.zero()).unwrap_or(Value::Nil)
                            };
                            (i as i64, v, ok)
                        }
                        Op::Ready(Ok(Selected::Default)) => (-1, Value::Nil, false),
                    }
                };
                regs[a] = Value::Int(idx);
                regs[a + 1] = v;
                regs[a + 2] = Value::Bool(ok);
                Ok(true)
            }
            _ => Ok(true),
        }
    }
}

/// Silence "unused" for helpers used only by some builds.
#[allow(dead_code)]
fn _slice_unused(_: Slice) {}
