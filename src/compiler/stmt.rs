//! Statements: declarations and assignments (with Go's evaluation order:
//! operands of the left side and all right-hand values first, then the
//! stores), `if`, `for` with per-iteration loop variables (Go 1.22), `range`
//! over ints, arrays, slices, strings, maps and channels, expression and
//! type switches with `fallthrough`, labelled `break`/`continue`, `goto`,
//! `return` (through the result variables when the function defers), `go`,
//! `defer` and channel sends.

use super::Compiler;
use super::call::CallMode;
use super::func::{BreakCtx, VarLoc};
use crate::syntax::ast::*;
use crate::types::info::ObjKind;
use crate::types::ty::{BasicKind, ObjId, Type, TypeId, TypeTable};
use crate::vm::instr::{Instr, Reg};

/// A name on the left of `:=`: its new register (and whether it is a
/// cell) if it declares a variable, the object, and its type.
type DefineTarget = (Option<(Reg, bool)>, Option<ObjId>, TypeId);

/// Where an assignment stores.
#[derive(Clone, Copy)]
enum LValue {
    Var(VarLoc, TypeId),
    Field { obj: Reg, i: u16 },
    Index { obj: Reg, idx: Reg },
    Map { map: Reg, key: Reg },
    Deref { ptr: Reg },
    Blank,
}

impl<'a> Compiler<'a> {
    pub fn block(&mut self, b: &Block) {
        let mark = self.cur().free;
        for s in &b.stmts {
            self.stmt(s);
        }
        self.cur().free_to(mark);
    }

    fn stmts(&mut self, ss: &[Stmt]) {
        let mark = self.cur().free;
        for s in ss {
            self.stmt(s);
        }
        self.cur().free_to(mark);
    }

    /// One statement. Temporaries are released at the end; variables it
    /// declares stay allocated until the enclosing block ends.
    pub fn stmt(&mut self, s: &Stmt) {
        self.set_line(s.span);
        let label = self.cur().pending_label.take();
        let mark = self.cur().free;
        let keep = match &s.kind {
            StmtKind::Decl(d) => {
                self.local_decl(d);
                true
            }
            StmtKind::Empty => false,
            StmtKind::Labeled(l, inner) => {
                let pc = self.pc();
                self.cur().labels.insert(l.name.clone(), pc);
                self.cur().pending_label = Some(l.name.clone());
                self.stmt(inner);
                false
            }
            StmtKind::Expr(e) => {
                let t = self.cur().alloc(1);
                match &e.kind {
                    ExprKind::Call { .. } => self.call(e, t, 0),
                    _ => self.expr(e, t),
                }
                false
            }
            StmtKind::Send { chan, value } => {
                let c = self.expr_reg(chan);
                let et = match self.types.under(self.ty_of(chan)) {
                    Type::Chan { elem, .. } => *elem,
                    _ => TypeTable::INVALID,
                };
                let v = self.cur().alloc(1);
                self.expr_as(value, et, v);
                self.emit(Instr::Send { a: c, b: v });
                false
            }
            StmtKind::IncDec { target, inc } => {
                self.inc_dec(target, *inc);
                false
            }
            StmtKind::Assign { lhs, op, rhs } => match op {
                AssignOp::Define => {
                    self.define(lhs, rhs);
                    true
                }
                AssignOp::Assign => {
                    self.assign(lhs, rhs);
                    false
                }
                AssignOp::Op(bop) => {
                    self.op_assign(*bop, &lhs[0], &rhs[0]);
                    false
                }
            },
            StmtKind::Go(e) => {
                let t = self.cur().alloc(1);
                self.call_mode(e, t, 0, CallMode::Go);
                false
            }
            StmtKind::Defer(e) => {
                let t = self.cur().alloc(1);
                self.call_mode(e, t, 0, CallMode::Defer);
                false
            }
            StmtKind::Return(es) => {
                self.ret(es);
                false
            }
            StmtKind::Branch { kind, label } => {
                self.branch(*kind, label.as_ref());
                false
            }
            StmtKind::Block(b) => {
                self.block(b);
                false
            }
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                let j = self.jump_if_false(cond);
                self.block(then);
                match els {
                    Some(e) => {
                        let over = self.emit(Instr::Jmp { sj: 0 });
                        self.patch_here(j);
                        self.stmt(e);
                        self.patch_here(over);
                    }
                    None => self.patch_here(j),
                }
                false
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.for_loop(init.as_deref(), cond.as_ref(), post.as_deref(), body, label);
                false
            }
            StmtKind::Range {
                key,
                value,
                define,
                expr,
                body,
            } => {
                self.range(key.as_ref(), value.as_ref(), *define, expr, body, label);
                false
            }
            StmtKind::Switch { init, tag, clauses } => {
                self.switch(init.as_deref(), tag.as_ref(), clauses, label);
                false
            }
            StmtKind::TypeSwitch {
                init,
                bind: _,
                subject,
                clauses,
            } => {
                self.type_switch(init.as_deref(), subject, clauses, label);
                false
            }
            StmtKind::Select(clauses) => {
                self.select(clauses, label);
                false
            }
        };
        if !keep {
            self.cur().free_to(mark);
        }
    }

    fn local_decl(&mut self, d: &Decl) {
        let Decl::Var(specs, _) = d else { return };
        for sp in specs {
            let objs: Vec<Option<ObjId>> = sp
                .names
                .iter()
                .map(|n| self.info.defs.get(&n.id).copied())
                .collect();
            let regs: Vec<(Reg, bool)> = objs
                .iter()
                .map(|o| match o {
                    Some(o) => self.declare_local(*o),
                    None => (self.cur().alloc(1), false),
                })
                .collect();
            let types: Vec<TypeId> = objs
                .iter()
                .map(|o| {
                    o.map(|o| self.info.object(o).ty)
                        .unwrap_or(TypeTable::INVALID)
                })
                .collect();
            let tmp_mark = self.cur().free;
            if sp.values.is_empty() {
                for (i, (r, cell)) in regs.iter().enumerate() {
                    let t = self.cur().alloc(1);
                    self.zero(types[i], t);
                    self.init_local(*r, *cell, t);
                    self.cur().free_to(tmp_mark);
                }
            } else if sp.values.len() == objs.len() {
                let ts = self.cur().alloc(objs.len() as u16);
                for (i, v) in sp.values.iter().enumerate() {
                    self.expr_as(v, types[i], ts + i as u16);
                }
                for (i, (r, cell)) in regs.iter().enumerate() {
                    self.init_local(*r, *cell, ts + i as u16);
                }
            } else {
                let n = objs.len() as u16;
                let ts = self.cur().alloc(n);
                self.multi_value(&sp.values[0], ts, n);
                let vt = self.ty_of(&sp.values[0]);
                for (i, (r, cell)) in regs.iter().enumerate() {
                    let from = self.tuple_elem(vt, i);
                    self.coerce_reg(ts + i as u16, from, types[i]);
                    self.init_local(*r, *cell, ts + i as u16);
                }
            }
            self.cur().free_to(tmp_mark);
        }
    }

    /// `a, b := x, y` (some of the names may be existing variables).
    fn define(&mut self, lhs: &[Expr], rhs: &[Expr]) {
        // new variables get registers first (they outlive the statement)
        let mut targets: Vec<DefineTarget> = Vec::new();
        for e in lhs {
            let ExprKind::Ident(id) = &e.kind else {
                continue;
            };
            if id.is_blank() {
                targets.push((None, None, TypeTable::INVALID));
            } else if let Some(&obj) = self.info.defs.get(&id.id) {
                let ty = self.info.object(obj).ty;
                let r = self.declare_local(obj);
                targets.push((Some(r), Some(obj), ty));
            } else {
                let obj = self.info.uses.get(&id.id).copied();
                let ty = obj
                    .map(|o| self.info.object(o).ty)
                    .unwrap_or(TypeTable::INVALID);
                targets.push((None, obj, ty));
            }
        }
        let mark = self.cur().free;
        // single new scalar variable from a single value: compile in place
        if targets.len() == 1
            && rhs.len() == 1
            && let (Some((r, false)), _, ty) = targets[0]
        {
            self.expr_as(&rhs[0], ty, r);
            self.cur().free_to(mark);
            return;
        }
        let n = targets.len() as u16;
        let ts = self.cur().alloc(n);
        if rhs.len() == targets.len() {
            for (i, v) in rhs.iter().enumerate() {
                let ty = if targets[i].2 == TypeTable::INVALID {
                    self.ty_of(v)
                } else {
                    targets[i].2
                };
                self.expr_as(v, ty, ts + i as u16);
            }
        } else {
            self.multi_value(&rhs[0], ts, n);
            let vt = self.ty_of(&rhs[0]);
            for (i, t) in targets.iter().enumerate() {
                if t.2 != TypeTable::INVALID {
                    let from = self.tuple_elem(vt, i);
                    self.coerce_reg(ts + i as u16, from, t.2);
                }
            }
        }
        for (i, t) in targets.iter().enumerate() {
            match t {
                (Some((r, cell)), _, _) => self.init_local(*r, *cell, ts + i as u16),
                (None, Some(obj), ty) => {
                    if let Some(loc) = self.var_loc(*obj) {
                        self.store_var(loc, ts + i as u16, *ty);
                    }
                }
                _ => {}
            }
        }
        self.cur().free_to(mark);
    }

    /// Evaluate the operands of an assignment target.
    fn lvalue(&mut self, e: &Expr) -> LValue {
        match &e.kind {
            ExprKind::Paren(x) => self.lvalue(x),
            ExprKind::Ident(id) => {
                if id.is_blank() {
                    return LValue::Blank;
                }
                let obj = self.info.uses.get(&id.id).copied();
                match obj.and_then(|o| self.var_loc(o)) {
                    Some(loc) => LValue::Var(loc, self.ty_of(e)),
                    None => LValue::Blank,
                }
            }
            ExprKind::Selector(x, sel) => match self.info.selections.get(&e.id).cloned() {
                Some(s) => {
                    let obj = self.cur().alloc(1);
                    self.expr(x, obj);
                    let n = s.index.len();
                    for &i in &s.index[..n - 1] {
                        self.emit(Instr::GetField {
                            a: obj,
                            b: obj,
                            i: i as u16,
                        });
                    }
                    LValue::Field {
                        obj,
                        i: s.index[n - 1] as u16,
                    }
                }
                None => {
                    // pkg.Var
                    let obj = self.info.uses.get(&sel.id).copied();
                    match obj.and_then(|o| self.var_loc(o)) {
                        Some(loc) => LValue::Var(loc, self.ty_of(e)),
                        None => LValue::Blank,
                    }
                }
            },
            ExprKind::Index(x, i) => {
                let xt = self.ty_of(x);
                if let Type::Map { key, .. } = self.types.under(xt).clone() {
                    let map = self.cur().alloc(1);
                    self.expr(x, map);
                    let k = self.cur().alloc(1);
                    self.expr_as(i, key, k);
                    return LValue::Map { map, key: k };
                }
                let obj = self.cur().alloc(1);
                self.expr(x, obj);
                let idx = self.cur().alloc(1);
                self.expr(i, idx);
                LValue::Index { obj, idx }
            }
            ExprKind::Star(p) => {
                let ptr = self.cur().alloc(1);
                self.expr(p, ptr);
                LValue::Deref { ptr }
            }
            _ => LValue::Blank,
        }
    }

    fn store(&mut self, lv: LValue, v: Reg) {
        match lv {
            LValue::Var(loc, ty) => self.store_var(loc, v, ty),
            LValue::Field { obj, i } => {
                self.emit(Instr::SetField { a: obj, i, c: v });
            }
            LValue::Index { obj, idx } => {
                self.emit(Instr::SetIndex {
                    a: obj,
                    b: idx,
                    c: v,
                });
            }
            LValue::Map { map, key } => {
                self.emit(Instr::MapSet {
                    a: map,
                    b: key,
                    c: v,
                });
            }
            LValue::Deref { ptr, .. } => {
                self.emit(Instr::Store { a: ptr, b: v });
            }
            LValue::Blank => {}
        }
    }

    fn load_lvalue(&mut self, lv: LValue, dst: Reg, ty: TypeId) {
        match lv {
            LValue::Var(loc, _) => self.load_var(loc, dst),
            LValue::Field { obj, i } => {
                self.emit(Instr::GetField { a: dst, b: obj, i });
            }
            LValue::Index { obj, idx } => {
                self.emit(Instr::Index {
                    a: dst,
                    b: obj,
                    c: idx,
                });
            }
            LValue::Map { map, key } => {
                self.emit_x(
                    Instr::MapGet {
                        a: dst,
                        b: map,
                        c: key,
                    },
                    ty.0,
                );
            }
            LValue::Deref { ptr, .. } => {
                self.emit(Instr::Load { a: dst, b: ptr });
            }
            LValue::Blank => {}
        }
    }

    /// `a, b = x, y`.
    fn assign(&mut self, lhs: &[Expr], rhs: &[Expr]) {
        // x = e with x a plain register variable: in place
        if lhs.len() == 1
            && rhs.len() == 1
            && let ExprKind::Ident(id) = &strip(&lhs[0]).kind
            && let Some(obj) = self.info.uses.get(&id.id).copied()
            && let Some(VarLoc::Reg(r)) = self.var_loc(obj)
        {
            let ty = self.info.object(obj).ty;
            if !self.is_aggregate(ty) {
                self.expr_as(&rhs[0], ty, r);
                return;
            }
        }
        let lvs: Vec<(LValue, TypeId)> = lhs
            .iter()
            .map(|e| (self.lvalue(e), self.ty_of(e)))
            .collect();
        let n = lvs.len() as u16;
        let ts = self.cur().alloc(n);
        if rhs.len() == lhs.len() {
            for (i, v) in rhs.iter().enumerate() {
                let ty = if matches!(lvs[i].0, LValue::Blank) {
                    self.ty_of(v)
                } else {
                    lvs[i].1
                };
                self.expr_as(v, ty, ts + i as u16);
            }
        } else {
            self.multi_value(&rhs[0], ts, n);
            let vt = self.ty_of(&rhs[0]);
            for (i, (lv, ty)) in lvs.iter().enumerate() {
                if !matches!(lv, LValue::Blank) {
                    let from = self.tuple_elem(vt, i);
                    self.coerce_reg(ts + i as u16, from, *ty);
                }
            }
        }
        for (i, (lv, _)) in lvs.iter().enumerate() {
            self.store(*lv, ts + i as u16);
        }
    }

    /// `x op= e`.
    fn op_assign(&mut self, op: BinaryOp, target: &Expr, value: &Expr) {
        let ty = self.ty_of(target);
        let vt = self.ty_of(value);
        if let ExprKind::Ident(id) = &strip(target).kind
            && let Some(obj) = self.info.uses.get(&id.id).copied()
            && let Some(VarLoc::Reg(r)) = self.var_loc(obj)
        {
            let v = self.expr_reg(value);
            self.arith_regs(op, ty, vt, r, v, r);
            return;
        }
        let lv = self.lvalue(target);
        let cur = self.cur().alloc(1);
        self.load_lvalue(lv, cur, ty);
        let v = self.expr_reg(value);
        self.arith_regs(op, ty, vt, cur, v, cur);
        self.store(lv, cur);
    }

    fn inc_dec(&mut self, target: &Expr, inc: bool) {
        let ty = self.ty_of(target);
        let is_float = self.basic(ty).is_some_and(|k| k.is_float());
        let reg_var = match &strip(target).kind {
            ExprKind::Ident(id) => self
                .info
                .uses
                .get(&id.id)
                .copied()
                .and_then(|o| self.var_loc(o)),
            _ => None,
        };
        let (cur, lv) = match reg_var {
            Some(VarLoc::Reg(r)) => (r, None),
            _ => {
                let lv = self.lvalue(target);
                let cur = self.cur().alloc(1);
                self.load_lvalue(lv, cur, ty);
                (cur, Some(lv))
            }
        };
        if is_float {
            let one = self.cur().alloc(1);
            let k = self.konst(crate::vm::value::Value::Float(1.0));
            self.emit(Instr::LoadK { a: one, k });
            if inc {
                self.emit(Instr::AddFloat {
                    a: cur,
                    b: cur,
                    c: one,
                });
            } else {
                self.emit(Instr::SubFloat {
                    a: cur,
                    b: cur,
                    c: one,
                });
            }
            if self.basic(ty) == Some(BasicKind::Float32) {
                self.emit(Instr::RoundF32 { a: cur });
            }
        } else {
            self.emit(Instr::AddIntK {
                a: cur,
                b: cur,
                k: if inc { 1 } else { -1 },
            });
            self.wrap(ty, cur);
        }
        if let Some(lv) = lv {
            self.store(lv, cur);
        }
    }

    fn ret(&mut self, es: &[Expr]) {
        let rts = self.cur().result_types.clone();
        let results = self.cur().results.clone();
        if !results.is_empty() {
            if !es.is_empty() {
                let n = rts.len() as u16;
                let ts = self.cur().alloc(n);
                self.values_into(es, &rts, ts);
                for (i, (loc, ty)) in results.iter().enumerate() {
                    self.store_var(*loc, ts + i as u16, *ty);
                }
            }
            self.emit_return_current();
            return;
        }
        let n = rts.len() as u16;
        if n == 0 {
            if self.cur().has_defer {
                self.emit(Instr::RunDefers);
            }
            self.emit(Instr::Return { a: 0, n: 0 });
            return;
        }
        if es.len() == 1 && n == 1 {
            let et = self.ty_of(&es[0]);
            let plain =
                et == rts[0] || (!self.types.is_interface(rts[0]) && !self.is_aggregate(et));
            if plain && !self.is_aggregate(et) {
                let r = self.expr_reg(&es[0]);
                self.emit(Instr::Return { a: r, n: 1 });
                return;
            }
        }
        let ts = self.cur().alloc(n);
        self.values_into(es, &rts, ts);
        self.emit(Instr::Return { a: ts, n });
    }

    /// Values of `es` (or one multi-valued expression) converted to `types`.
    fn values_into(&mut self, es: &[Expr], types: &[TypeId], dst: Reg) {
        if es.len() == types.len() {
            for (i, e) in es.iter().enumerate() {
                self.expr_as(e, types[i], dst + i as u16);
            }
        } else if es.len() == 1 {
            let n = types.len() as u16;
            self.multi_value(&es[0], dst, n);
            let vt = self.ty_of(&es[0]);
            for (i, t) in types.iter().enumerate() {
                let from = self.tuple_elem(vt, i);
                self.coerce_reg(dst + i as u16, from, *t);
            }
        }
    }

    fn branch(&mut self, kind: BranchKind, label: Option<&Ident>) {
        match kind {
            BranchKind::Break | BranchKind::Continue => {
                let is_cont = kind == BranchKind::Continue;
                let name = label.map(|l| l.name.clone());
                let j = self.emit(Instr::Jmp { sj: 0 });
                let ctxs = &mut self.cur().breaks;
                for ctx in ctxs.iter_mut().rev() {
                    let matches = match &name {
                        Some(n) => ctx.label.as_deref() == Some(n.as_str()),
                        None => !is_cont || ctx.is_loop,
                    };
                    if matches && (!is_cont || ctx.is_loop) {
                        if is_cont {
                            ctx.continues.push(j);
                        } else {
                            ctx.breaks.push(j);
                        }
                        break;
                    }
                }
            }
            BranchKind::Goto => {
                let j = self.emit(Instr::Jmp { sj: 0 });
                if let Some(l) = label {
                    self.cur().gotos.push((l.name.clone(), j));
                }
            }
            BranchKind::Fallthrough => {} // handled by switch
        }
    }

    fn end_breaks(&mut self, continue_target: Option<usize>) {
        let ctx = self.cur().breaks.pop().expect("break context");
        for j in ctx.breaks {
            self.patch_here(j);
        }
        if let Some(t) = continue_target {
            for j in ctx.continues {
                self.patch_to(j, t);
            }
        }
    }

    fn for_loop(
        &mut self,
        init: Option<&Stmt>,
        cond: Option<&Expr>,
        post: Option<&Stmt>,
        body: &Block,
        label: Option<String>,
    ) {
        let mark = self.cur().free;
        // loop variables declared by init that live in cells get a fresh
        // cell per iteration (Go 1.22)
        let mut cell_vars: Vec<Reg> = Vec::new();
        if let Some(i) = init {
            self.stmt(i);
            if let StmtKind::Assign {
                lhs,
                op: AssignOp::Define,
                ..
            } = &i.kind
            {
                for e in lhs {
                    if let ExprKind::Ident(id) = &e.kind
                        && let Some(&obj) = self.info.defs.get(&id.id)
                        && let Some(VarLoc::Cell(r)) = self.var_loc(obj)
                    {
                        cell_vars.push(r);
                    }
                }
            }
        }
        let top = self.pc();
        let exit = cond.map(|c| self.jump_if_false(c));
        self.cur().breaks.push(BreakCtx {
            label,
            is_loop: true,
            breaks: vec![],
            continues: vec![],
        });
        self.block(body);
        let cont = self.pc();
        for r in &cell_vars {
            let t = self.cur().alloc(1);
            self.emit(Instr::Load { a: t, b: *r });
            self.emit(Instr::NewCell { a: *r, b: t });
            self.cur().free_to(t);
        }
        if let Some(p) = post {
            self.stmt(p);
        }
        self.jump_back(top);
        if let Some(j) = exit {
            self.patch_here(j);
        }
        self.end_breaks(Some(cont));
        self.cur().free_to(mark);
    }

    /// Assign the per-iteration key or value of a range loop.
    fn range_var(&mut self, e: Option<&Expr>, define: bool, src: Reg, regs: &Option<(Reg, bool)>) {
        let Some(e) = e else { return };
        if define {
            if let Some((r, cell)) = regs {
                self.init_local(*r, *cell, src);
            }
        } else {
            let lv = self.lvalue(e);
            self.store(lv, src);
        }
    }

    fn range_decl(&mut self, e: Option<&Expr>, define: bool) -> Option<(Reg, bool)> {
        let e = e?;
        if !define {
            return None;
        }
        let ExprKind::Ident(id) = &e.kind else {
            return None;
        };
        match self.info.defs.get(&id.id) {
            Some(&obj) => Some(self.declare_local(obj)),
            None => Some((self.cur().alloc(1), false)),
        }
    }

    fn range(
        &mut self,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &Block,
        label: Option<String>,
    ) {
        let mark = self.cur().free;
        let xt = self.ty_of(x);
        let key = key.filter(|k| !matches!(&k.kind, ExprKind::Ident(id) if id.is_blank()));
        let value = value.filter(|v| !matches!(&v.kind, ExprKind::Ident(id) if id.is_blank()));
        let under = self.types.under(xt).clone();
        let under = match under {
            Type::Pointer(e) => self.types.under(e).clone(),
            u => u,
        };
        let kr = self.range_decl(key, define);
        let vr = self.range_decl(value, define);
        match under {
            Type::Basic(k) if k.is_integer() => {
                let n = self.cur().alloc(1);
                self.expr(x, n);
                let i = self.cur().alloc(1);
                self.emit(Instr::LoadInt { a: i, i: 0 });
                let c = self.cur().alloc(1);
                let top = self.pc();
                self.emit(Instr::LtInt { a: c, b: i, c: n });
                let exit = self.emit(Instr::JmpIfNot { a: c, sj: 0 });
                self.range_var(key, define, i, &kr);
                self.loop_body(body, label, top, exit, |c| {
                    c.emit(Instr::AddIntK { a: i, b: i, k: 1 });
                });
            }
            Type::Basic(_) => {
                // string: runes with their byte index
                let s = self.cur().alloc(1);
                self.expr(x, s);
                let n = self.cur().alloc(1);
                self.emit(Instr::Len { a: n, b: s });
                let i = self.cur().alloc(1);
                self.emit(Instr::LoadInt { a: i, i: 0 });
                let rw = self.cur().alloc(2);
                let c = self.cur().alloc(1);
                let top = self.pc();
                self.emit(Instr::LtInt { a: c, b: i, c: n });
                let exit = self.emit(Instr::JmpIfNot { a: c, sj: 0 });
                self.emit(Instr::DecodeRune { a: rw, b: s, c: i });
                self.range_var(key, define, i, &kr);
                self.range_var(value, define, rw, &vr);
                self.loop_body(body, label, top, exit, |c| {
                    c.emit(Instr::AddInt {
                        a: i,
                        b: i,
                        c: rw + 1,
                    });
                });
            }
            Type::Slice(_) | Type::Array { .. } => {
                let s = self.cur().alloc(1);
                self.expr(x, s);
                if value.is_some() && matches!(self.types.under(xt), Type::Array { .. }) {
                    // ranging over an array value iterates over a copy
                    self.emit(Instr::Copy { a: s, b: s });
                }
                let n = self.cur().alloc(1);
                self.emit(Instr::Len { a: n, b: s });
                let i = self.cur().alloc(1);
                self.emit(Instr::LoadInt { a: i, i: 0 });
                let v = self.cur().alloc(1);
                let c = self.cur().alloc(1);
                let top = self.pc();
                self.emit(Instr::LtInt { a: c, b: i, c: n });
                let exit = self.emit(Instr::JmpIfNot { a: c, sj: 0 });
                self.range_var(key, define, i, &kr);
                if value.is_some() {
                    self.emit(Instr::Index { a: v, b: s, c: i });
                    let et = match self.types.under(xt) {
                        Type::Slice(e) | Type::Array { elem: e, .. } => *e,
                        Type::Pointer(p) => match self.types.under(*p) {
                            Type::Array { elem, .. } => *elem,
                            _ => TypeTable::INVALID,
                        },
                        _ => TypeTable::INVALID,
                    };
                    if self.is_aggregate(et) {
                        self.emit(Instr::Copy { a: v, b: v });
                    }
                    self.range_var(value, define, v, &vr);
                }
                self.loop_body(body, label, top, exit, |c| {
                    c.emit(Instr::AddIntK { a: i, b: i, k: 1 });
                });
            }
            Type::Map { elem, .. } => {
                let m = self.cur().alloc(1);
                self.expr(x, m);
                let it = self.cur().alloc(1);
                self.emit(Instr::MapIter { a: it, b: m });
                let kv = self.cur().alloc(2);
                let ok = self.cur().alloc(1);
                let top = self.pc();
                self.emit(Instr::MapNext {
                    a: kv,
                    b: it,
                    c: ok,
                });
                let exit = self.emit(Instr::JmpIfNot { a: ok, sj: 0 });
                self.range_var(key, define, kv, &kr);
                if value.is_some() {
                    if self.is_aggregate(elem) {
                        self.emit(Instr::Copy {
                            a: kv + 1,
                            b: kv + 1,
                        });
                    }
                    self.range_var(value, define, kv + 1, &vr);
                }
                self.loop_body(body, label, top, exit, |_| {});
            }
            Type::Chan { .. } => {
                let ch = self.cur().alloc(1);
                self.expr(x, ch);
                let vo = self.cur().alloc(2);
                let top = self.pc();
                self.emit(Instr::Recv2 { a: vo, b: ch });
                let exit = self.emit(Instr::JmpIfNot { a: vo + 1, sj: 0 });
                self.range_var(key, define, vo, &kr);
                self.loop_body(body, label, top, exit, |_| {});
            }
            _ => {}
        }
        self.cur().free_to(mark);
    }

    /// Body of a loop whose head is at `top` with exit jump `exit`; `step`
    /// emits the increment (the `continue` target).
    fn loop_body(
        &mut self,
        body: &Block,
        label: Option<String>,
        top: usize,
        exit: usize,
        step: impl FnOnce(&mut Self),
    ) {
        self.cur().breaks.push(BreakCtx {
            label,
            is_loop: true,
            breaks: vec![],
            continues: vec![],
        });
        self.block(body);
        let cont = self.pc();
        step(self);
        self.jump_back(top);
        self.patch_here(exit);
        self.end_breaks(Some(cont));
    }

    fn switch(
        &mut self,
        init: Option<&Stmt>,
        tag: Option<&Expr>,
        clauses: &[CaseClause],
        label: Option<String>,
    ) {
        let mark = self.cur().free;
        if let Some(i) = init {
            self.stmt(i);
        }
        let tag_r = tag.map(|t| {
            let r = self.cur().alloc(1);
            self.expr(t, r);
            (r, self.ty_of(t))
        });
        let c = self.cur().alloc(1);
        let mut to_body: Vec<Vec<usize>> = vec![Vec::new(); clauses.len()];
        for (ci, cl) in clauses.iter().enumerate() {
            let Some(exprs) = &cl.exprs else { continue };
            for e in exprs {
                let m = self.cur().free;
                match tag_r {
                    Some((t, tt)) => {
                        let et = self.ty_of(e);
                        let r = self.cur().alloc(1);
                        self.expr(e, r);
                        let ti = self.types.is_interface(tt);
                        let ei = self.types.is_interface(et);
                        if ti && !ei && et != TypeTable::UNTYPED_NIL {
                            self.emit_x(Instr::Box { a: r, b: r }, et.0);
                            self.compare_regs(BinaryOp::Eq, tt, t, r, c);
                        } else if !ti && ei {
                            let tb = self.cur().alloc(1);
                            self.emit_x(Instr::Box { a: tb, b: t }, tt.0);
                            self.compare_regs(BinaryOp::Eq, et, tb, r, c);
                        } else if et == TypeTable::UNTYPED_NIL {
                            self.emit(Instr::IsNil { a: c, b: t });
                        } else {
                            self.compare_regs(BinaryOp::Eq, tt, t, r, c);
                        }
                    }
                    None => self.expr(e, c),
                }
                let j = self.emit(Instr::JmpIf { a: c, sj: 0 });
                to_body[ci].push(j);
                self.cur().free_to(m);
            }
        }
        let default = clauses.iter().position(|cl| cl.exprs.is_none());
        let to_default = self.emit(Instr::Jmp { sj: 0 });
        self.cur().breaks.push(BreakCtx {
            label,
            is_loop: false,
            breaks: vec![],
            continues: vec![],
        });
        let mut ends = Vec::new();
        let mut fall: Option<usize> = None;
        for (ci, cl) in clauses.iter().enumerate() {
            for j in std::mem::take(&mut to_body[ci]) {
                self.patch_here(j);
            }
            if default == Some(ci) {
                self.patch_here(to_default);
            }
            if let Some(f) = fall.take() {
                self.patch_here(f);
            }
            self.stmts(&cl.body);
            let falls = cl.body.last().is_some_and(|s| {
                matches!(
                    s.kind,
                    StmtKind::Branch {
                        kind: BranchKind::Fallthrough,
                        ..
                    }
                )
            });
            let j = self.emit(Instr::Jmp { sj: 0 });
            if falls {
                fall = Some(j);
            } else {
                ends.push(j);
            }
        }
        if default.is_none() {
            self.patch_here(to_default);
        }
        for j in ends {
            self.patch_here(j);
        }
        if let Some(f) = fall {
            self.patch_here(f);
        }
        self.end_breaks(None);
        self.cur().free_to(mark);
    }

    fn type_switch(
        &mut self,
        init: Option<&Stmt>,
        subject: &Expr,
        clauses: &[TypeCaseClause],
        label: Option<String>,
    ) {
        let mark = self.cur().free;
        if let Some(i) = init {
            self.stmt(i);
        }
        let x = self.cur().alloc(1);
        self.expr(subject, x);
        let c = self.cur().alloc(1);
        let mut to_body: Vec<Vec<usize>> = vec![Vec::new(); clauses.len()];
        for (ci, cl) in clauses.iter().enumerate() {
            let Some(types) = &cl.types else { continue };
            for t in types {
                let ty = self.case_type(t);
                self.emit_x(Instr::TypeIs { a: c, b: x }, ty.0);
                let j = self.emit(Instr::JmpIf { a: c, sj: 0 });
                to_body[ci].push(j);
            }
        }
        let default = clauses.iter().position(|cl| cl.types.is_none());
        let to_default = self.emit(Instr::Jmp { sj: 0 });
        self.cur().breaks.push(BreakCtx {
            label,
            is_loop: false,
            breaks: vec![],
            continues: vec![],
        });
        let mut ends = Vec::new();
        for (ci, cl) in clauses.iter().enumerate() {
            for j in std::mem::take(&mut to_body[ci]) {
                self.patch_here(j);
            }
            if default == Some(ci) {
                self.patch_here(to_default);
            }
            let m = self.cur().free;
            if let Some(b) = &cl.bind
                && let Some(&obj) = self.info.defs.get(&b.id)
            {
                let (r, cell) = self.declare_local(obj);
                let single = cl
                    .types
                    .as_ref()
                    .filter(|ts| ts.len() == 1)
                    .map(|ts| self.case_type(&ts[0]));
                let t = self.cur().alloc(1);
                match single {
                    Some(ty) if !self.types.is_interface(ty) && ty != TypeTable::UNTYPED_NIL => {
                        let src = self.ty_of(subject);
                        self.emit_xx(Instr::Assert { a: t, b: x }, ty.0, src.0);
                        if self.is_aggregate(ty) {
                            self.emit(Instr::Copy { a: t, b: t });
                        }
                    }
                    _ => {
                        self.emit(Instr::Move { a: t, b: x });
                    }
                }
                self.init_local(r, cell, t);
            }
            self.stmts(&cl.body);
            self.cur().free_to(m);
            ends.push(self.emit(Instr::Jmp { sj: 0 }));
        }
        if default.is_none() {
            self.patch_here(to_default);
        }
        for j in ends {
            self.patch_here(j);
        }
        self.end_breaks(None);
        self.cur().free_to(mark);
    }

    /// `select`: evaluate every channel and sent value in source order into
    /// a case table, one `Select` instruction chooses, then a dispatch on the
    /// chosen index runs the clause (assigning a received value first).
    fn select(&mut self, clauses: &[CommClause], label: Option<String>) {
        let mark = self.cur().free;
        let comms: Vec<(usize, &Stmt)> = clauses
            .iter()
            .enumerate()
            .filter_map(|(i, c)| c.comm.as_deref().map(|s| (i, s)))
            .collect();
        let dflt = clauses.iter().position(|c| c.comm.is_none());
        let n = comms.len() as u16;
        let blk = self.cur().alloc(3 + 3 * n);
        // the receive expression of a comm clause
        fn recv_of(s: &Stmt) -> Option<&Expr> {
            let e = match &s.kind {
                StmtKind::Expr(e) => e,
                StmtKind::Assign { rhs, .. } if rhs.len() == 1 => &rhs[0],
                _ => return None,
            };
            match &e.kind {
                ExprKind::Unary(UnaryOp::Recv, ch) => Some(ch),
                ExprKind::Paren(x) => match &x.kind {
                    ExprKind::Unary(UnaryOp::Recv, ch) => Some(ch),
                    _ => None,
                },
                _ => None,
            }
        }
        for (k, (_, st)) in comms.iter().enumerate() {
            let at = blk + 3 + 3 * k as u16;
            match &st.kind {
                StmtKind::Send { chan, value } => {
                    self.emit(Instr::LoadInt { a: at, i: 0 });
                    self.expr(chan, at + 1);
                    let et = match self.types.under(self.ty_of(chan)) {
                        Type::Chan { elem, .. } => *elem,
                        _ => TypeTable::INVALID,
                    };
                    self.expr_as(value, et, at + 2);
                }
                _ => {
                    self.emit(Instr::LoadInt { a: at, i: 1 });
                    if let Some(ch) = recv_of(st) {
                        self.expr(ch, at + 1);
                    }
                    self.emit(Instr::LoadNil { a: at + 2 });
                }
            }
        }
        self.emit(Instr::Select {
            a: blk,
            n,
            dflt: dflt.is_some(),
        });
        let c = self.cur().alloc(1);
        let mut to_body = Vec::new();
        for k in 0..comms.len() {
            self.emit(Instr::EqIntK {
                a: c,
                b: blk,
                k: k as i16,
            });
            to_body.push(self.emit(Instr::JmpIf { a: c, sj: 0 }));
        }
        let to_default = self.emit(Instr::Jmp { sj: 0 });
        self.cur().breaks.push(BreakCtx {
            label,
            is_loop: false,
            breaks: vec![],
            continues: vec![],
        });
        let mut ends = Vec::new();
        for (ci, cl) in clauses.iter().enumerate() {
            let m = self.cur().free;
            match comms.iter().position(|(i, _)| *i == ci) {
                Some(k) => {
                    self.patch_here(to_body[k]);
                    if let StmtKind::Assign { lhs, op, .. } = &comms[k].1.kind {
                        self.select_assign(lhs, *op == AssignOp::Define, blk + 1);
                    }
                }
                None => self.patch_here(to_default),
            }
            self.stmts(&cl.body);
            self.cur().free_to(m);
            ends.push(self.emit(Instr::Jmp { sj: 0 }));
        }
        if dflt.is_none() {
            self.patch_here(to_default);
        }
        for j in ends {
            self.patch_here(j);
        }
        self.end_breaks(None);
        self.cur().free_to(mark);
    }

    /// `v, ok := <-ch` / `v = <-ch` in a select clause: from `src`, `src+1`.
    fn select_assign(&mut self, lhs: &[Expr], define: bool, src: Reg) {
        for (i, e) in lhs.iter().enumerate() {
            let from = src + i as u16;
            if define {
                let ExprKind::Ident(id) = &e.kind else {
                    continue;
                };
                if let Some(&obj) = self.info.defs.get(&id.id) {
                    let (r, cell) = self.declare_local(obj);
                    let t = self.cur().alloc(1);
                    self.emit(Instr::Move { a: t, b: from });
                    self.init_local(r, cell, t);
                }
            } else {
                let ty = self.ty_of(e);
                let lv = self.lvalue(e);
                let t = self.cur().alloc(1);
                self.emit(Instr::Move { a: t, b: from });
                if i == 0 {
                    let elem = ty;
                    let _ = elem;
                }
                self.store(lv, t);
            }
        }
    }

    /// The type named in a type switch case (`nil` is UNTYPED_NIL).
    fn case_type(&self, t: &Expr) -> TypeId {
        if let ExprKind::Ident(id) = &t.kind
            && id.name == "nil"
            && let Some(obj) = self.info.uses.get(&id.id)
            && matches!(self.info.object(*obj).kind, ObjKind::Nil)
        {
            return TypeTable::UNTYPED_NIL;
        }
        self.ty_of(t)
    }
}

fn strip(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip(x),
        _ => e,
    }
}
