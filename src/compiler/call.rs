//! Calls: static calls of functions and methods (with the receiver adjusted
//! for pointer or value receivers and embedded fields), interface method
//! calls, calls of function values, variadic packing, builtins, and the
//! `go`/`defer` forms of all of these.

use super::Compiler;
use super::escape::method_has_ptr_recv;
use super::func::VarLoc;
use crate::syntax::ast::*;
use crate::types::info::{Builtin, Mode, ObjKind, Selection, SelectionKind};
use crate::types::ty::{BasicKind, ObjId, Signature, Type, TypeId, TypeTable};
use crate::vm::instr::{Instr, Reg};
use crate::vm::value::Value;

/// What a call expression calls.
enum Target {
    Func(u32),
    Native(u32),
    /// A method: the receiver expression and the selection.
    Method {
        obj: ObjId,
        sel: Selection,
    },
    /// A method of an interface: the receiver expression and the path to it.
    Iface {
        sel: Selection,
        name: String,
    },
    /// A function value.
    Value,
}

/// How a call is issued: a plain call, `go` or `defer`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum CallMode {
    Call,
    Go,
    Defer,
}

impl<'a> Compiler<'a> {
    fn target(&mut self, func: &Expr) -> Target {
        match &func.kind {
            ExprKind::Paren(x) => return self.target(x),
            ExprKind::Ident(id) => {
                if let Some(&obj) = self.info.uses.get(&id.id)
                    && let ObjKind::Func { .. } = self.info.object(obj).kind
                {
                    return self.static_target(obj);
                }
            }
            ExprKind::Selector(_, sel) => match self.info.selections.get(&func.id).cloned() {
                None => {
                    if let Some(&obj) = self.info.uses.get(&sel.id)
                        && let ObjKind::Func { .. } = self.info.object(obj).kind
                    {
                        return self.static_target(obj);
                    }
                }
                Some(s) if s.kind == SelectionKind::MethodVal => {
                    let recv_t = self.path_type(s.recv, &s.index[..s.index.len() - 1]);
                    if self.types.is_interface(recv_t) {
                        return Target::Iface {
                            name: sel.name.clone(),
                            sel: s,
                        };
                    }
                    return Target::Method { obj: s.obj, sel: s };
                }
                Some(s) if s.kind == SelectionKind::MethodExpr => return self.static_target(s.obj),
                _ => {}
            },
            _ => {}
        }
        Target::Value
    }

    fn static_target(&mut self, obj: ObjId) -> Target {
        if let Some(&f) = self.func_of.get(&obj) {
            Target::Func(f)
        } else {
            Target::Native(self.native(obj, Default::default()))
        }
    }

    /// The type reached from `t` by following embedded field indices.
    pub fn path_type(&self, t: TypeId, path: &[usize]) -> TypeId {
        let mut t = t;
        for &i in path {
            let base = match self.types.get(t) {
                Type::Pointer(e) => *e,
                _ => t,
            };
            match self.types.under(base) {
                Type::Struct(fs) => t = fs[i].ty,
                _ => return t,
            }
        }
        t
    }

    fn sig_of(&self, func: &Expr) -> Signature {
        match self.types.under(self.ty_of(func)) {
            Type::Func(s) => s.clone(),
            _ => Signature {
                params: vec![],
                results: vec![],
                variadic: false,
            },
        }
    }

    /// Compile a call expression; `want` results go to `dst..dst+want`.
    pub fn call(&mut self, e: &Expr, dst: Reg, want: u16) {
        self.call_mode(e, dst, want, CallMode::Call)
    }

    pub fn call_mode(&mut self, e: &Expr, dst: Reg, want: u16, mode: CallMode) {
        let ExprKind::Call {
            func,
            args,
            ellipsis,
        } = &e.kind
        else {
            return;
        };
        self.set_line(e.span);
        let ftv = self.info.types.get(&func.id).cloned();
        if let Some(tv) = &ftv {
            if tv.mode == Mode::TypeExpr {
                self.conversion(&args[0], self.ty_of(e), dst);
                return;
            }
            if let Mode::Builtin(b) = tv.mode {
                self.builtin(b, e, args, *ellipsis, dst, mode);
                return;
            }
        }
        let sig = self.sig_of(func);
        let nres = sig.results.len() as u16;
        // a result register just allocated on top: the call block starts there
        // (never a variable's own register, as in `k = f(data, k)`: the
        // first argument would overwrite `k` before the second reads it)
        let reuse = want <= 1
            && dst + 1 == self.cur().free
            && !self
                .cur()
                .vars
                .values()
                .any(|v| matches!(v, VarLoc::Reg(r) | VarLoc::Cell(r) if *r == dst));
        if reuse {
            self.cur().free_to(dst);
        }
        let base = self.cur().free;
        match self.target(func) {
            t @ (Target::Func(_) | Target::Native(_)) => {
                let blk = self.cur().alloc(nres.max(1));
                self.push_args(&sig, args, *ellipsis, blk);
                let ins = match (t, mode) {
                    (Target::Func(f), CallMode::Call) => Instr::Call { a: blk, f },
                    (Target::Func(f), CallMode::Go) => Instr::Go { a: blk, f },
                    (Target::Func(f), CallMode::Defer) => Instr::Defer { a: blk, f },
                    (Target::Native(n), CallMode::Call) => Instr::CallNative { a: blk, n },
                    (Target::Native(n), CallMode::Go) => Instr::GoNative { a: blk, n },
                    (Target::Native(n), _) => Instr::DeferNative { a: blk, n },
                    _ => unreachable!("static targets only"),
                };
                self.emit(ins);
                self.take_results(blk, dst, want.min(nres.max(want)));
            }
            Target::Method { obj, sel } => {
                let ExprKind::Selector(x, _) = &strip_paren(func).kind else {
                    return;
                };
                let blk = self.cur().alloc(nres.max(1));
                self.receiver(x, &sel, obj, blk);
                let abase = self.cur().alloc(0);
                let _ = abase;
                self.push_args(&sig, args, *ellipsis, blk + 1);
                let ins = match (self.static_target(obj), mode) {
                    (Target::Func(f), CallMode::Call) => Instr::Call { a: blk, f },
                    (Target::Func(f), CallMode::Go) => Instr::Go { a: blk, f },
                    (Target::Func(f), CallMode::Defer) => Instr::Defer { a: blk, f },
                    (Target::Native(n), CallMode::Call) => Instr::CallNative { a: blk, n },
                    (Target::Native(n), CallMode::Go) => Instr::GoNative { a: blk, n },
                    (Target::Native(n), _) => Instr::DeferNative { a: blk, n },
                    _ => unreachable!("methods are static targets"),
                };
                self.emit(ins);
                self.take_results(blk, dst, want);
            }
            Target::Iface { sel, name } => {
                let ExprKind::Selector(x, _) = &strip_paren(func).kind else {
                    return;
                };
                let blk = self.cur().alloc(nres.max(1));
                self.expr(x, blk);
                self.walk_path(blk, &sel.index[..sel.index.len() - 1]);
                self.push_args(&sig, args, *ellipsis, blk + 1);
                let m = self.konst(Value::str_from(&name));
                let ins = match mode {
                    CallMode::Call => Instr::CallIface { a: blk, m },
                    CallMode::Go => Instr::GoIface { a: blk, m },
                    CallMode::Defer => Instr::DeferIface { a: blk, m },
                };
                self.emit(ins);
                self.take_results(blk, dst, want);
            }
            Target::Value => {
                let blk = self.cur().alloc(nres.max(1));
                self.expr(func, blk);
                self.push_args(&sig, args, *ellipsis, blk + 1);
                let ins = match mode {
                    CallMode::Call => Instr::CallClosure { a: blk },
                    CallMode::Go => Instr::GoClosure { a: blk },
                    CallMode::Defer => Instr::DeferClosure { a: blk },
                };
                self.emit(ins);
                self.take_results(blk, dst, want);
            }
        }
        self.cur().free_to(if reuse { dst + 1 } else { base });
    }

    fn take_results(&mut self, blk: Reg, dst: Reg, want: u16) {
        if blk != dst {
            for i in 0..want {
                self.emit(Instr::Move {
                    a: dst + i,
                    b: blk + i,
                });
            }
        }
    }

    /// `GetField` along an embedding path, in place.
    fn walk_path(&mut self, r: Reg, path: &[usize]) {
        for &i in path {
            self.emit(Instr::GetField {
                a: r,
                b: r,
                i: i as u16,
            });
        }
    }

    /// The receiver of a static method call into `dst`: walk embedded
    /// fields, then take the address or a copy as the method wants.
    fn receiver(&mut self, x: &Expr, sel: &Selection, method: ObjId, dst: Reg) {
        let path = &sel.index[..sel.index.len() - 1];
        let m = self.info.object(method);
        let ptr_recv = method_has_ptr_recv(&self.types, m.recv_named, &m.name);
        let vt = self.path_type(sel.recv, path);
        let v_is_ptr = matches!(self.types.get(vt), Type::Pointer(_));
        if ptr_recv && !v_is_ptr {
            // &x.path
            if path.is_empty() {
                self.addr_of(x, dst);
            } else {
                self.expr(x, dst);
                self.walk_path(dst, &path[..path.len() - 1]);
                self.emit(Instr::AddrField {
                    a: dst,
                    b: dst,
                    i: path[path.len() - 1] as u16,
                });
            }
            return;
        }
        self.expr(x, dst);
        self.walk_path(dst, path);
        if !ptr_recv && v_is_ptr {
            self.emit(Instr::Load { a: dst, b: dst });
            let elem = match self.types.get(vt) {
                Type::Pointer(e) => *e,
                _ => vt,
            };
            if self.is_aggregate(elem) {
                self.emit(Instr::Copy { a: dst, b: dst });
            }
        } else if !ptr_recv && self.is_aggregate(vt) && !(path.is_empty() && self.is_fresh(x)) {
            self.emit(Instr::Copy { a: dst, b: dst });
        }
    }

    /// A method value `x.M`: the receiver is evaluated now.
    pub fn method_value(&mut self, x: &Expr, sel: &Selection, dst: Reg) {
        let base = self.cur().free;
        let recv_t = self.path_type(sel.recv, &sel.index[..sel.index.len() - 1]);
        let r = self.cur().alloc(1);
        if self.types.is_interface(recv_t) {
            self.expr(x, r);
            self.walk_path(r, &sel.index[..sel.index.len() - 1]);
            let name = self.info.object(sel.obj).name.clone();
            let m = self.konst(Value::str_from(&name));
            self.emit_x(Instr::BindIface { a: dst, b: r }, m);
        } else {
            self.receiver(x, sel, sel.obj, r);
            match self.static_target(sel.obj) {
                Target::Func(f) => {
                    self.emit_x(Instr::BindMethod { a: dst, b: r }, f);
                }
                Target::Native(n) => {
                    self.emit_x(Instr::BindNative { a: dst, b: r }, n);
                }
                _ => {}
            }
        }
        self.cur().free_to(base);
    }

    /// Arguments into `start..`, converted to the parameter types, the
    /// variadic tail packed into a slice.
    fn push_args(&mut self, sig: &Signature, args: &[Expr], ellipsis: bool, start: Reg) {
        let np = sig.params.len();
        let need = (start + np as u16).saturating_sub(self.cur().free);
        self.cur().alloc(need);
        // f(g()) with g multi-valued
        if args.len() == 1
            && let Type::Tuple(ts) = self.types.get(self.ty_of(&args[0])).clone()
        {
            let need = (start + ts.len() as u16).saturating_sub(self.cur().free);
            self.cur().alloc(need);
            self.multi_value(&args[0], start, ts.len() as u16);
            if sig.variadic && !ellipsis {
                // pack the tail
                let fixed = np - 1;
                let n = ts.len() - fixed;
                let st = sig.params[np - 1];
                let elem = match self.types.under(st) {
                    Type::Slice(e) => *e,
                    _ => st,
                };
                let blk = self.cur().alloc(n as u16 + 1);
                for i in 0..n {
                    self.emit(Instr::Move {
                        a: blk + 1 + i as u16,
                        b: start + (fixed + i) as u16,
                    });
                    self.coerce_reg(blk + 1 + i as u16, ts[fixed + i], elem);
                }
                self.emit_x(
                    Instr::SliceLit {
                        a: blk,
                        n: n as u16,
                    },
                    st.0,
                );
                self.emit(Instr::Move {
                    a: start + fixed as u16,
                    b: blk,
                });
                for (i, t) in ts.iter().enumerate().take(fixed) {
                    self.coerce_reg(start + i as u16, *t, sig.params[i]);
                }
            } else {
                for (i, t) in ts.iter().enumerate() {
                    self.coerce_reg(start + i as u16, *t, sig.params[i]);
                }
            }
            return;
        }
        // the parameter type each argument is assigned to
        let param_ty = |i: usize| {
            if sig.variadic && !ellipsis && i + 1 >= np {
                match self.types.under(sig.params[np - 1]) {
                    Type::Slice(e) => *e,
                    _ => TypeTable::INVALID,
                }
            } else {
                sig.params.get(i).copied().unwrap_or(TypeTable::INVALID)
            }
        };
        let boxed: Vec<bool> = (0..args.len())
            .map(|i| {
                self.types.is_interface(param_ty(i))
                    && !self.types.is_interface(self.ty_of(&args[i]))
            })
            .collect();
        let hoisted = self.hoist_calls(args, &boxed);
        if sig.variadic && !ellipsis {
            let fixed = np - 1;
            for (i, a) in args.iter().take(fixed).enumerate() {
                self.expr_as(a, sig.params[i], start + i as u16);
            }
            let st = sig.params[np - 1];
            let rest = &args[fixed.min(args.len())..];
            if rest.is_empty() {
                self.emit(Instr::LoadNil {
                    a: start + fixed as u16,
                });
            } else {
                let elem = match self.types.under(st) {
                    Type::Slice(e) => *e,
                    _ => st,
                };
                let blk = self.cur().alloc(rest.len() as u16 + 1);
                for (i, a) in rest.iter().enumerate() {
                    self.expr_as(a, elem, blk + 1 + i as u16);
                }
                self.emit_x(
                    Instr::SliceLit {
                        a: blk,
                        n: rest.len() as u16,
                    },
                    st.0,
                );
                self.emit(Instr::Move {
                    a: start + fixed as u16,
                    b: blk,
                });
            }
        } else {
            for (i, a) in args.iter().enumerate() {
                let pt = sig.params.get(i).copied().unwrap_or(TypeTable::INVALID);
                self.expr_as(a, pt, start + i as u16);
            }
        }
        debug_assert!(
            hoisted.iter().all(|id| !self.hoisted.contains_key(id)),
            "a hoisted call was not used"
        );
    }

    /// gc's evaluation order for an operand list (cmd/compile's `order`
    /// pass): the calls in it run first, left to right, into temporaries;
    /// the other operands (variables, `*p`, `s[i]`, `m[k]`, `x.f`,
    /// arithmetic on them) are read afterwards. So `Println(Swap(&v, 30),
    /// v)` prints the new `v`. "Calls" are what `order.expr` copies into a
    /// temporary: function and method calls, the builtins that produce
    /// values (`len(ch)` is read in place), receives, slicing, `[]byte(s)`
    /// and `[]rune(s)`, and type assertions to non-pointer-shaped types.
    /// An operand converted to an interface (`boxed`) whose value gc must
    /// pass by address is copied in order too, unless it is addressable.
    /// Done only when some read comes before a call it could observe.
    pub fn hoist_calls(&mut self, args: &[Expr], boxed: &[bool]) -> Vec<NodeId> {
        let mut events = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let mode = self.info.types.get(&a.id).map(|t| t.mode);
            if boxed.get(i).copied().unwrap_or(false)
                && !matches!(mode, Some(Mode::Variable | Mode::Constant))
                && self.conv_needs_addr(self.ty_of(a))
            {
                events.push(Some(a));
                continue;
            }
            self.order_events(a, &mut events);
        }
        let first_read = events.iter().position(|e| e.is_none());
        let last_call = events.iter().rposition(|e| e.is_some());
        if !matches!((first_read, last_call), (Some(r), Some(c)) if r < c) {
            return Vec::new();
        }
        let mut ids = Vec::new();
        for call in events.into_iter().flatten() {
            let r = self.cur().alloc(1);
            self.expr(call, r);
            self.hoisted.insert(call.id, r);
            ids.push(call.id);
        }
        ids
    }

    /// cmd/compile's `dataWordFuncName(..).needsaddr`: converting a value of
    /// this type to an interface goes through its address (everything but
    /// 2-, 4- and 8-byte pointer-free scalars, strings and slices).
    fn conv_needs_addr(&self, ty: TypeId) -> bool {
        use crate::vm::types_rt::{has_pointers, size_align};
        let (size, align) = size_align(&self.types, ty);
        let ptrs = has_pointers(&self.types, ty);
        if (size == 2 && align == 2) || ((size == 4 || size == 8) && align == size && !ptrs) {
            return false;
        }
        // the sole component: through one-field structs and [1]T arrays
        let mut t = ty;
        loop {
            match self.types.under(t) {
                Type::Struct(fs) if fs.len() == 1 => t = fs[0].ty,
                Type::Array { elem, len: 1 } => t = *elem,
                Type::Slice(_) => return false,
                Type::Basic(BasicKind::String) => return false,
                _ => return true,
            }
        }
    }

    /// The calls (`Some`) and mutable reads (`None`) of `e`, in evaluation
    /// order. Calls are not entered (their own arguments are ordered when
    /// they are compiled), nor are function literals and the conditional
    /// right operand of `&&`/`||`.
    fn order_events<'e>(&self, e: &'e Expr, out: &mut Vec<Option<&'e Expr>>) {
        let Some(tv) = self.info.types.get(&e.id) else {
            return;
        };
        match tv.mode {
            Mode::Constant | Mode::TypeExpr | Mode::Builtin(_) => return,
            Mode::Variable | Mode::MapIndex => {
                // a local in a register that is not an aggregate cannot be
                // changed by a call
                let in_reg = matches!(&e.kind, ExprKind::Ident(id)
                    if self.info.uses.get(&id.id).and_then(|o| self.fs.last().and_then(|f| f.vars.get(o)))
                        .is_some_and(|l| matches!(l, VarLoc::Reg(_))))
                    && !self.is_aggregate(tv.ty);
                if !in_reg {
                    out.push(None);
                }
            }
            _ => {}
        }
        match &e.kind {
            ExprKind::Call { func, args, .. } => {
                let ftv = self.info.types.get(&func.id).map(|t| t.mode);
                let to_bytes_or_runes = || {
                    matches!(self.types.under(tv.ty), Type::Slice(el)
                        if matches!(self.basic(*el), Some(BasicKind::Uint8 | BasicKind::Int32)))
                        && self.basic(self.ty_of(&args[0])).is_some_and(|k| {
                            matches!(k, BasicKind::String | BasicKind::UntypedString)
                        })
                };
                match ftv {
                    _ if matches!(self.types.get(tv.ty), Type::Tuple(_)) => {}
                    Some(Mode::TypeExpr) if !to_bytes_or_runes() => {
                        for a in args {
                            self.order_events(a, out);
                        }
                    }
                    _ => out.push(Some(e)),
                }
            }
            ExprKind::Unary(UnaryOp::Recv, _) | ExprKind::Slice { .. } => out.push(Some(e)),
            ExprKind::TypeAssert(x, _)
                if matches!(
                    self.types.under(tv.ty),
                    Type::Pointer(_) | Type::Map { .. } | Type::Chan { .. } | Type::Func(_)
                ) =>
            {
                self.order_events(x, out)
            }
            ExprKind::TypeAssert(..) => out.push(Some(e)),
            ExprKind::Binary(BinaryOp::LAnd | BinaryOp::LOr, l, _) => self.order_events(l, out),
            ExprKind::Binary(_, l, r) | ExprKind::Index(l, r) => {
                self.order_events(l, out);
                self.order_events(r, out);
            }
            ExprKind::Paren(x)
            | ExprKind::Selector(x, _)
            | ExprKind::Star(x)
            | ExprKind::Unary(_, x) => self.order_events(x, out),
            ExprKind::CompositeLit { elts, .. } => {
                for el in elts {
                    if let Some(k) = &el.key {
                        self.order_events(k, out);
                    }
                    self.order_events(&el.value, out);
                }
            }
            ExprKind::KeyValue(k, v) => {
                self.order_events(k, out);
                self.order_events(v, out);
            }
            _ => {}
        }
    }

    /// A multi-valued expression (call, `v, ok` forms) into `dst..dst+n`.
    pub fn multi_value(&mut self, e: &Expr, dst: Reg, n: u16) {
        match &e.kind {
            ExprKind::Paren(x) => self.multi_value(x, dst, n),
            ExprKind::Call { .. } => self.call(e, dst, n),
            ExprKind::TypeAssert(x, _) => {
                let base = self.cur().free;
                let t = self.expr_reg(x);
                let target = self.tuple_elem(self.ty_of(e), 0);
                self.emit_x(Instr::Assert2 { a: dst, b: t }, target.0);
                self.cur().free_to(base);
            }
            ExprKind::Index(x, i) => self.index_comma_ok(x, i, dst),
            ExprKind::Unary(UnaryOp::Recv, x) => {
                let base = self.cur().free;
                let c = self.expr_reg(x);
                self.emit(Instr::Recv2 { a: dst, b: c });
                self.cur().free_to(base);
            }
            _ => self.expr(e, dst),
        }
    }

    fn builtin(
        &mut self,
        b: Builtin,
        e: &Expr,
        args: &[Expr],
        ellipsis: bool,
        dst: Reg,
        mode: CallMode,
    ) {
        if mode != CallMode::Call {
            self.builtin_deferred(b, args, mode);
            return;
        }
        let base = self.cur().free;
        match b {
            Builtin::Len | Builtin::Cap => {
                let r = self.expr_reg(&args[0]);
                self.emit(if b == Builtin::Len {
                    Instr::Len { a: dst, b: r }
                } else {
                    Instr::Cap { a: dst, b: r }
                });
            }
            Builtin::Append => {
                let st = self.ty_of(e);
                if ellipsis {
                    let s = self.expr_reg(&args[0]);
                    let t = self.expr_reg(&args[1]);
                    self.emit_x(Instr::Append { a: dst, b: s, n: 0 }, st.0);
                    // Append with n = 0 is a no-op; use AppendSlice
                    let code = &mut self.cur().proto.code;
                    let at = code.len() - 2;
                    code[at] = Instr::AppendSlice { a: dst, b: s, c: t };
                } else {
                    let elem = match self.types.under(st) {
                        Type::Slice(e) => *e,
                        _ => st,
                    };
                    let n = args.len() as u16 - 1;
                    let blk = self.cur().alloc(n + 1);
                    self.expr(&args[0], blk);
                    for (i, a) in args[1..].iter().enumerate() {
                        self.expr_as(a, elem, blk + 1 + i as u16);
                    }
                    self.stack_buffer(e, blk, n, st);
                    self.emit_x(Instr::Append { a: dst, b: blk, n }, st.0);
                }
            }
            Builtin::Copy => {
                let d = self.expr_reg(&args[0]);
                let s = self.expr_reg(&args[1]);
                self.emit(Instr::CopySlice { a: dst, b: d, c: s });
            }
            Builtin::Delete => {
                let m = self.expr_reg(&args[0]);
                let kt = match self.types.under(self.ty_of(&args[0])) {
                    Type::Map { key, .. } => *key,
                    _ => TypeTable::INVALID,
                };
                let k = self.cur().alloc(1);
                self.expr_as(&args[1], kt, k);
                self.emit(Instr::MapDelete { a: m, b: k });
            }
            Builtin::Make => {
                let ty = self.ty_of(e);
                match self.types.under(ty).clone() {
                    Type::Slice(_) => {
                        let blk = self.cur().alloc(2);
                        self.expr(&args[1], blk);
                        if args.len() > 2 {
                            self.expr(&args[2], blk + 1);
                        } else {
                            self.emit(Instr::Move { a: blk + 1, b: blk });
                        }
                        self.emit_x(Instr::MakeSlice { a: dst, b: blk }, ty.0);
                    }
                    Type::Map { .. } => {
                        self.emit(Instr::MakeMap { a: dst, ty: ty.0 });
                    }
                    Type::Chan { .. } => {
                        let n = self.cur().alloc(1);
                        if args.len() > 1 {
                            self.expr(&args[1], n);
                        } else {
                            self.emit(Instr::LoadInt { a: n, i: 0 });
                        }
                        self.emit_x(Instr::MakeChan { a: dst, b: n }, ty.0);
                    }
                    _ => {}
                }
            }
            Builtin::New => {
                let ty = self.ty_of(&args[0]);
                self.emit(Instr::New { a: dst, ty: ty.0 });
            }
            Builtin::Panic => {
                let r = self.cur().alloc(1);
                self.expr_as(&args[0], TypeTable::EMPTY_INTERFACE, r);
                self.emit(Instr::Panic { a: r });
            }
            Builtin::Recover => {
                self.emit(Instr::Recover { a: dst });
            }
            Builtin::Print | Builtin::Println => {
                let n = args.len() as u16;
                let blk = self.cur().alloc(n.max(1));
                self.hoist_calls(args, &[]);
                for (i, a) in args.iter().enumerate() {
                    self.expr_as(a, TypeTable::EMPTY_INTERFACE, blk + i as u16);
                }
                self.emit(Instr::Print {
                    a: blk,
                    n,
                    ln: b == Builtin::Println,
                });
            }
            Builtin::Clear => {
                let r = self.expr_reg(&args[0]);
                self.emit(Instr::Clear { a: r });
            }
            Builtin::Close => {
                let r = self.expr_reg(&args[0]);
                self.emit(Instr::Close { a: r });
            }
            Builtin::Min | Builtin::Max => {
                let ty = self.ty_of(e);
                self.expr(&args[0], dst);
                let k = self.basic(ty).unwrap_or(BasicKind::Int);
                if k.is_float() {
                    // NaNs and signed zeros: Go's runtime.fmin / fmax
                    let name = if b == Builtin::Min {
                        "builtin.fmin"
                    } else {
                        "builtin.fmax"
                    };
                    let n = self.builtin_native_res(name, 2, 1);
                    for a in &args[1..] {
                        let blk = self.cur().alloc(2);
                        self.emit(Instr::Move { a: blk, b: dst });
                        self.expr(a, blk + 1);
                        self.emit(Instr::CallNative { a: blk, n });
                        self.emit(Instr::Move { a: dst, b: blk });
                    }
                    self.cur().free_to(base);
                    return;
                }
                for a in &args[1..] {
                    let r = self.cur().alloc(1);
                    self.expr(a, r);
                    let c = self.cur().alloc(1);
                    // c := r < dst (min) or dst < r (max)
                    let (x, y) = if b == Builtin::Min {
                        (r, dst)
                    } else {
                        (dst, r)
                    };
                    let ins = if k == BasicKind::String {
                        Instr::LtStr { a: c, b: x, c: y }
                    } else if k.is_float() {
                        Instr::LtFloat { a: c, b: x, c: y }
                    } else if k.is_unsigned() {
                        Instr::LtUint { a: c, b: x, c: y }
                    } else {
                        Instr::LtInt { a: c, b: x, c: y }
                    };
                    self.emit(ins);
                    let j = self.emit(Instr::JmpIfNot { a: c, sj: 0 });
                    self.emit(Instr::Move { a: dst, b: r });
                    self.patch_here(j);
                }
            }
            Builtin::Complex | Builtin::Real | Builtin::Imag => {
                self.emit(Instr::LoadNil { a: dst });
            }
        }
        self.cur().free_to(base);
    }

    /// Go's stack buffer for the first append to a non-escaping slice (see
    /// `escape::StackAppend`): on the growth path (`cap < len + n`), if the
    /// flag is not set, `len(R[blk]) == 0` and the `n` new elements fit
    /// in K, `R[blk] = make(T, 0, K)` and the flag is set.
    fn stack_buffer(&mut self, e: &Expr, blk: Reg, n: u16, st: TypeId) {
        let Some(&(obj, k)) = self.esc.stack_appends.get(&e.id) else {
            return;
        };
        let Some(&flag) = self.cur().append_flags.get(&obj) else {
            return;
        };
        if u32::from(n) > k {
            return;
        }
        let used = self.emit(Instr::JmpIf { a: flag, sj: 0 });
        let t = self.cur().alloc(2);
        self.emit(Instr::Len { a: t, b: blk });
        self.emit(Instr::NeIntK { a: t, b: t, k: 0 });
        let nonempty = self.emit(Instr::JmpIf { a: t, sj: 0 });
        self.emit(Instr::Cap { a: t, b: blk });
        self.emit(Instr::LoadInt {
            a: t + 1,
            i: i32::from(n),
        });
        let fits = self.emit(Instr::JmpGeInt {
            b: t,
            c: t + 1,
            sj: 0,
        });
        self.emit(Instr::LoadInt { a: t, i: 0 });
        self.emit(Instr::LoadInt {
            a: t + 1,
            i: k as i32,
        });
        self.emit_x(Instr::MakeSlice { a: blk, b: t }, st.0);
        self.emit(Instr::LoadBool { a: flag, b: true });
        self.patch_here(used);
        self.patch_here(nonempty);
        self.patch_here(fits);
        self.cur().free_to(t);
    }

    /// `go`/`defer` of a builtin: evaluate the arguments now, call later
    /// through the natives that implement the builtins.
    fn builtin_deferred(&mut self, b: Builtin, args: &[Expr], mode: CallMode) {
        let name = match b {
            Builtin::Close => "builtin.close",
            Builtin::Panic => "builtin.panic",
            Builtin::Print => "builtin.print",
            Builtin::Println => "builtin.println",
            Builtin::Recover => "builtin.recover",
            Builtin::Delete => "builtin.delete",
            _ => "builtin.nop",
        };
        let n = self.builtin_native(name, args.len() as u16);
        let base = self.cur().free;
        let blk = self.cur().alloc(args.len().max(1) as u16 + 1);
        if matches!(b, Builtin::Print | Builtin::Println) {
            // print(args...) as one slice argument of interfaces
            let m = self.cur().alloc(args.len() as u16 + 1);
            for (i, a) in args.iter().enumerate() {
                self.expr_as(a, TypeTable::EMPTY_INTERFACE, m + 1 + i as u16);
            }
            let st = self.types.slice(TypeTable::EMPTY_INTERFACE);
            self.emit_x(
                Instr::SliceLit {
                    a: m,
                    n: args.len() as u16,
                },
                st.0,
            );
            self.emit(Instr::Move { a: blk, b: m });
        } else {
            for (i, a) in args.iter().enumerate() {
                let t = if b == Builtin::Panic {
                    TypeTable::EMPTY_INTERFACE
                } else {
                    self.ty_of(a)
                };
                self.expr_as(a, t, blk + i as u16);
            }
        }
        self.emit(if mode == CallMode::Go {
            Instr::GoNative { a: blk, n }
        } else {
            Instr::DeferNative { a: blk, n }
        });
        self.cur().free_to(base);
    }

    fn builtin_native(&mut self, name: &str, nargs: u16) -> u32 {
        self.builtin_native_res(name, nargs, 0)
    }

    fn builtin_native_res(&mut self, name: &str, nargs: u16, nresults: u16) -> u32 {
        if let Some(i) = self.natives.iter().position(|n| n.name == name) {
            return i as u32;
        }
        let f = crate::stdlib::lookup(name).unwrap_or(crate::stdlib::unimplemented_native);
        let nparams = if name.ends_with("print") || name.ends_with("println") {
            1
        } else {
            nargs
        };
        self.natives.push(crate::vm::program::NativeEntry {
            name: name.into(),
            f,
            nparams,
            nresults,
        });
        self.natives.len() as u32 - 1
    }
}

pub fn strip_paren(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip_paren(x),
        _ => e,
    }
}
