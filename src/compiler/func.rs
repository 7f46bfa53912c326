//! One function being compiled: its code, constants and line table, the
//! register allocator (locals and temporaries on one stack, Lua style), the
//! locations of its variables, and the loop/label context for branches.
//!
//! Registers: parameters first (`R[0..]`), then captured variables, then
//! named results, then locals and temporaries allocated stack-wise. At every
//! call the argument block starts at the top of that stack, so the callee's
//! frame (which starts at the first argument) overlaps only dead registers.

use super::Compiler;
use crate::syntax::ast::{self, Span};
use crate::types::info::ObjKind;
use crate::types::ty::{ObjId, Type, TypeId};
use crate::vm::instr::{Instr, Reg};
use crate::vm::program::FuncProto;
use crate::vm::value::Value;
use std::collections::HashMap;

/// Where a variable lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VarLoc {
    /// The value is in the register (aggregates: the reference to their store).
    Reg(Reg),
    /// The register holds a pointer to the variable's cell.
    Cell(Reg),
    Global(u32),
}

/// An enclosing `for`, `switch` or `select` for `break`/`continue`.
pub struct BreakCtx {
    pub label: Option<String>,
    pub is_loop: bool,
    pub breaks: Vec<usize>,
    pub continues: Vec<usize>,
}

pub struct FuncState {
    pub proto: FuncProto,
    pub vars: HashMap<ObjId, VarLoc>,
    pub free: Reg,
    pub max: Reg,
    pub line: u32,
    /// Captured variables of this literal, in capture order.
    pub captures: Vec<ObjId>,
    pub breaks: Vec<BreakCtx>,
    /// Label name to (instruction index) for `goto`, and pending gotos.
    pub labels: HashMap<String, usize>,
    pub gotos: Vec<(String, usize)>,
    /// With defers: where results are kept until the deferred calls ran.
    pub results: Vec<(VarLoc, TypeId)>,
    pub has_defer: bool,
    pub result_types: Vec<TypeId>,
    /// The label of the statement being compiled (for labelled loops).
    pub pending_label: Option<String>,
    /// Literal counter for closure names (`main.main.func1`).
    pub nlits: u32,
    /// The "stack buffer used" flag of each slice variable with a
    /// stack-buffered append (see `escape::StackAppend`).
    pub append_flags: HashMap<ObjId, Reg>,
    string_consts: HashMap<Vec<u8>, u32>,
}

impl FuncState {
    pub fn new(name: String, file: String, _parent: Option<usize>) -> FuncState {
        FuncState {
            proto: FuncProto {
                name,
                file,
                ..Default::default()
            },
            vars: HashMap::new(),
            free: 0,
            max: 0,
            line: 0,
            captures: Vec::new(),
            breaks: Vec::new(),
            labels: HashMap::new(),
            gotos: Vec::new(),
            results: Vec::new(),
            has_defer: false,
            result_types: Vec::new(),
            pending_label: None,
            nlits: 0,
            append_flags: HashMap::new(),
            string_consts: HashMap::new(),
        }
    }

    pub fn alloc(&mut self, n: u16) -> Reg {
        let r = self.free;
        self.free += n;
        self.max = self.max.max(self.free);
        r
    }

    pub fn free_to(&mut self, r: Reg) {
        self.free = r;
    }

    pub fn finish(mut self) -> FuncProto {
        self.proto.nregs = self.max.max(self.free) + 1;
        self.proto
    }

    pub fn konst(&mut self, v: Value) -> u32 {
        if let Value::Str(s) = &v {
            if let Some(&k) = self.string_consts.get(&s[..]) {
                return k;
            }
            self.string_consts
                .insert(s.to_vec(), self.proto.consts.len() as u32);
        }
        self.proto.consts.push(v);
        self.proto.consts.len() as u32 - 1
    }
}

impl<'a> Compiler<'a> {
    pub fn cur(&mut self) -> &mut FuncState {
        self.fs.last_mut().expect("compiling inside a function")
    }

    pub fn emit(&mut self, ins: Instr) -> usize {
        let fs = self.cur();
        fs.proto.code.push(ins);
        fs.proto.lines.push(fs.line);
        fs.proto.code.len() - 1
    }

    /// An instruction followed by its `Extra` operand.
    pub fn emit_x(&mut self, ins: Instr, x: u32) -> usize {
        let i = self.emit(ins);
        self.emit(Instr::Extra { x });
        i
    }

    /// An instruction followed by two Extra words.
    pub fn emit_xx(&mut self, ins: Instr, x: u32, y: u32) -> usize {
        let i = self.emit_x(ins, x);
        self.emit(Instr::Extra { x: y });
        i
    }

    pub fn pc(&mut self) -> usize {
        self.cur().proto.code.len()
    }

    pub fn set_line(&mut self, span: Span) {
        let l = self.line(span);
        if l > 0 {
            self.cur().line = l;
        }
    }

    /// Point the jump at `at` to the next instruction.
    pub fn patch_here(&mut self, at: usize) {
        let target = self.pc();
        self.patch_to(at, target);
    }

    pub fn patch_to(&mut self, at: usize, target: usize) {
        let sj = target as i64 - (at as i64 + 1);
        if i16::try_from(sj).is_err()
            && matches!(
                self.cur().proto.code[at],
                Instr::JmpLtInt { .. } | Instr::JmpGeInt { .. }
            )
        {
            self.too_large = true;
        }
        let _ = &self.too_large;
        let code = &mut self.cur().proto.code;
        code[at] = match code[at] {
            Instr::Jmp { .. } => Instr::Jmp { sj: sj as i32 },
            Instr::JmpIf { a, .. } => Instr::JmpIf { a, sj: sj as i32 },
            Instr::JmpIfNot { a, .. } => Instr::JmpIfNot { a, sj: sj as i32 },
            Instr::JmpLtInt { b, c, .. } => Instr::JmpLtInt {
                b,
                c,
                sj: sj as i16,
            },
            Instr::JmpGeInt { b, c, .. } => Instr::JmpGeInt {
                b,
                c,
                sj: sj as i16,
            },
            other => other,
        };
    }

    pub fn jump_back(&mut self, target: usize) {
        let at = self.emit(Instr::Jmp { sj: 0 });
        self.patch_to(at, target);
    }

    pub fn konst(&mut self, v: Value) -> u32 {
        self.cur().konst(v)
    }

    pub fn is_aggregate(&self, ty: TypeId) -> bool {
        matches!(self.types.under(ty), Type::Struct(_) | Type::Array { .. })
    }

    /// Declare a local variable defined by `id` and give it a location
    /// (a cell if it escapes). Returns its register.
    pub fn declare_local(&mut self, obj: ObjId) -> (Reg, bool) {
        let cell = self.esc.cells.contains(&obj);
        let r = self.cur().alloc(1);
        self.cur().vars.insert(
            obj,
            if cell {
                VarLoc::Cell(r)
            } else {
                VarLoc::Reg(r)
            },
        );
        (r, cell)
    }

    /// Where variable `obj` lives, seen from the current function.
    pub fn var_loc(&mut self, obj: ObjId) -> Option<VarLoc> {
        if let Some(&l) = self.cur().vars.get(&obj) {
            return Some(l);
        }
        if let Some(&g) = self.globals.get(&obj) {
            return Some(VarLoc::Global(g));
        }
        None
    }

    /// Initialise a freshly declared local from register `src` (a fresh value).
    pub fn init_local(&mut self, r: Reg, cell: bool, src: Reg) {
        if cell {
            self.emit(Instr::NewCell { a: r, b: src });
        } else if r != src {
            self.emit(Instr::Move { a: r, b: src });
        }
    }

    /// Emit the zero value of `ty` into `dst`.
    pub fn zero(&mut self, ty: TypeId, dst: Reg) {
        match self.types.under(ty) {
            Type::Basic(k) if k.is_integer() => {
                self.emit(Instr::LoadInt { a: dst, i: 0 });
            }
            Type::Basic(crate::types::ty::BasicKind::Bool) => {
                self.emit(Instr::LoadBool { a: dst, b: false });
            }
            Type::Basic(
                crate::types::ty::BasicKind::Float32 | crate::types::ty::BasicKind::Float64,
            ) => {
                let k = self.konst(Value::Float(0.0));
                self.emit(Instr::LoadK { a: dst, k });
            }
            Type::Basic(crate::types::ty::BasicKind::String) => {
                let k = self.konst(Value::str_from(""));
                self.emit(Instr::LoadK { a: dst, k });
            }
            Type::Struct(_) | Type::Array { .. } => {
                self.emit(Instr::Zero { a: dst, ty: ty.0 });
            }
            _ => {
                self.emit(Instr::LoadNil { a: dst });
            }
        }
    }

    /// Prologue, body and epilogue of a function (declaration or literal).
    /// `params` includes the receiver first.
    pub fn function_body(
        &mut self,
        params: &[&ast::Param],
        sig: &ast::FuncType,
        body: &ast::Block,
        has_defer: bool,
    ) {
        // parameters are R[0..]: one register each, in order
        let mut param_objs: Vec<(Option<ObjId>, TypeId)> = Vec::new();
        for p in params {
            let pty = self
                .info
                .types
                .get(&p.ty.id)
                .map(|t| t.ty)
                .unwrap_or_default_ty();
            if p.names.is_empty() {
                param_objs.push((None, pty));
            }
            for n in &p.names {
                let obj = self.info.defs.get(&n.id).copied();
                let ty = obj.map(|o| self.info.object(o).ty).unwrap_or(pty);
                param_objs.push((obj, ty));
            }
        }
        let variadic_fix = sig.variadic;
        let _ = variadic_fix;
        let nparams = param_objs.len() as u16;
        self.cur().alloc(nparams);
        self.cur().proto.nparams = nparams;
        // captured variables follow the parameters
        let caps = self.cur().captures.clone();
        for (i, obj) in caps.iter().enumerate() {
            let r = self.cur().alloc(1);
            self.emit(Instr::GetCap { a: r, i: i as u16 });
            let agg = self.is_aggregate(self.info.object(*obj).ty);
            self.cur()
                .vars
                .insert(*obj, if agg { VarLoc::Reg(r) } else { VarLoc::Cell(r) });
        }
        self.cur().proto.ncaptures = caps.len() as u16;
        // escaping parameters move into cells
        for (i, (obj, _)) in param_objs.iter().enumerate() {
            let Some(obj) = obj else { continue };
            if self.esc.cells.contains(obj) {
                let r = self.cur().alloc(1);
                self.emit(Instr::NewCell { a: r, b: i as u16 });
                self.cur().vars.insert(*obj, VarLoc::Cell(r));
            } else {
                self.cur().vars.insert(*obj, VarLoc::Reg(i as u16));
            }
        }
        // results: named ones are locals initialised to zero
        let mut result_types = Vec::new();
        let mut named = Vec::new();
        for p in &sig.results {
            let pty = self
                .info
                .types
                .get(&p.ty.id)
                .map(|t| t.ty)
                .unwrap_or_default_ty();
            if p.names.is_empty() {
                result_types.push(pty);
            }
            for n in &p.names {
                result_types.push(pty);
                named.push(self.info.defs.get(&n.id).copied());
            }
        }
        self.cur().proto.nresults = result_types.len() as u16;
        self.cur().result_types = result_types.clone();
        self.cur().has_defer = has_defer;
        if !named.is_empty() {
            let mut locs = Vec::new();
            for (i, obj) in named.iter().enumerate() {
                let ty = result_types[i];
                match obj {
                    Some(o) => {
                        let (r, cell) = self.declare_local(*o);
                        let t = self.cur().alloc(1);
                        self.zero(ty, t);
                        self.init_local(r, cell, t);
                        self.cur().free_to(t);
                        locs.push((
                            if cell {
                                VarLoc::Cell(r)
                            } else {
                                VarLoc::Reg(r)
                            },
                            ty,
                        ));
                    }
                    None => {
                        // `_` result: a hidden slot
                        let r = self.cur().alloc(1);
                        self.zero(ty, r);
                        locs.push((VarLoc::Reg(r), ty));
                    }
                }
            }
            self.cur().results = locs;
        } else if has_defer {
            let mut locs = Vec::new();
            for &ty in &result_types {
                let r = self.cur().alloc(1);
                self.zero(ty, r);
                locs.push((VarLoc::Reg(r), ty));
            }
            self.cur().results = locs;
        }
        // the flags of stack-buffered appends start false on entry
        let key = super::escape::span_key(body.span);
        if let Some(objs) = self.esc.append_flags.get(&key).cloned() {
            for obj in objs {
                let r = self.cur().alloc(1);
                self.emit(Instr::LoadBool { a: r, b: false });
                self.cur().append_flags.insert(obj, r);
            }
        }
        self.block(body);
        // falling off the end: return (named results or nothing)
        self.emit_return_current();
        if has_defer {
            let pc = self.pc() as u32;
            self.cur().proto.recover_pc = Some(pc);
            self.emit_return_current();
        }
        self.resolve_gotos();
    }

    /// Return the current values of the result variables (after running the
    /// deferred calls, if any).
    pub fn emit_return_current(&mut self) {
        if self.cur().has_defer {
            self.emit(Instr::RunDefers);
        }
        let results = self.cur().results.clone();
        let n = results.len() as u16;
        if n == 0 {
            self.emit(Instr::Return { a: 0, n: 0 });
            return;
        }
        let base = self.cur().alloc(n);
        for (i, (loc, _)) in results.iter().enumerate() {
            self.load_var(*loc, base + i as u16);
        }
        self.emit(Instr::Return { a: base, n });
        self.cur().free_to(base);
    }

    pub fn load_var(&mut self, loc: VarLoc, dst: Reg) {
        match loc {
            VarLoc::Reg(r) => {
                if r != dst {
                    self.emit(Instr::Move { a: dst, b: r });
                }
            }
            VarLoc::Cell(r) => {
                self.emit(Instr::Load { a: dst, b: r });
            }
            VarLoc::Global(g) => {
                self.emit(Instr::GetGlobal { a: dst, g });
            }
        }
    }

    /// Store `src` into a variable (aggregates are copied into its memory).
    pub fn store_var(&mut self, loc: VarLoc, src: Reg, ty: TypeId) {
        let agg = self.is_aggregate(ty);
        match loc {
            VarLoc::Reg(r) => {
                if agg {
                    self.emit(Instr::CopyInto { a: r, b: src });
                } else if r != src {
                    self.emit(Instr::Move { a: r, b: src });
                }
            }
            VarLoc::Cell(r) => {
                self.emit(Instr::Store { a: r, b: src });
            }
            VarLoc::Global(g) => {
                self.emit(Instr::SetGlobal { a: src, g });
            }
        }
    }

    fn resolve_gotos(&mut self) {
        let gotos = std::mem::take(&mut self.cur().gotos);
        for (label, at) in gotos {
            if let Some(&target) = self.cur().labels.get(&label) {
                self.patch_to(at, target);
            }
        }
    }

    /// A package-level `var` spec's initialisation (in the entry function).
    pub fn global_init(&mut self, spec: &ast::ValueSpec) {
        let objs: Vec<Option<ObjId>> = spec
            .names
            .iter()
            .map(|n| self.info.defs.get(&n.id).copied())
            .collect();
        let base = self.cur().free;
        if spec.values.len() == objs.len() {
            for (i, v) in spec.values.iter().enumerate() {
                let Some(obj) = objs[i] else {
                    let t = self.cur().alloc(1);
                    self.expr(v, t);
                    continue;
                };
                let ty = self.info.object(obj).ty;
                let t = self.cur().alloc(1);
                self.expr_as(v, ty, t);
                if let Some(&g) = self.globals.get(&obj) {
                    self.emit(Instr::SetGlobal { a: t, g });
                }
            }
        } else if spec.values.len() == 1 {
            // var a, b = f()
            let n = objs.len() as u16;
            let t = self.cur().alloc(n);
            self.multi_value(&spec.values[0], t, n);
            for (i, obj) in objs.iter().enumerate() {
                if let Some(obj) = obj
                    && let Some(&g) = self.globals.get(obj)
                {
                    self.emit(Instr::SetGlobal { a: t + i as u16, g });
                }
            }
        }
        self.cur().free_to(base);
    }

    /// Is this object a local or global variable?
    pub fn is_var(&self, obj: ObjId) -> bool {
        matches!(
            self.info.object(obj).kind,
            ObjKind::Var { field: false, .. }
        )
    }
}

trait OrInvalid {
    fn unwrap_or_default_ty(self) -> TypeId;
}

impl OrInvalid for Option<TypeId> {
    fn unwrap_or_default_ty(self) -> TypeId {
        self.unwrap_or(crate::types::ty::TypeTable::INVALID)
    }
}
