//! Expressions: constants, variables, operators with typed instructions,
//! selectors and indexing, composite literals, function literals,
//! conversions, and the implicit conversion to interface types (boxing) at
//! every place a value is assigned to an interface.

use super::Compiler;
use super::func::{FuncState, VarLoc};
use crate::syntax::ast::*;
use crate::types::info::{ConstValue, Mode, ObjKind, SelectionKind};
use crate::types::ty::{BasicKind, Type, TypeId, TypeTable};
use crate::vm::instr::{Instr, Reg};
use crate::vm::value::{Value, str_value};
use num_traits::ToPrimitive;

impl<'a> Compiler<'a> {
    pub fn ty_of(&self, e: &Expr) -> TypeId {
        self.info
            .types
            .get(&e.id)
            .map(|t| t.ty)
            .unwrap_or(TypeTable::INVALID)
    }

    fn const_of(&self, e: &Expr) -> Option<&'a ConstValue> {
        let tv = self.info.types.get(&e.id)?;
        if tv.mode == Mode::Constant {
            tv.value.as_ref()
        } else {
            None
        }
    }

    pub fn basic(&self, ty: TypeId) -> Option<BasicKind> {
        self.types.basic(ty)
    }

    /// Does `e` produce a value nobody else refers to (so an aggregate needs
    /// no copy when it is stored)?
    pub fn is_fresh(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::CompositeLit { .. } | ExprKind::BasicLit { .. } | ExprKind::Binary(..) => {
                true
            }
            ExprKind::Call { func, .. } => {
                // a conversion of a non-fresh operand is not fresh
                let is_conv = self
                    .info
                    .types
                    .get(&func.id)
                    .is_some_and(|t| t.mode == Mode::TypeExpr);
                !is_conv
            }
            ExprKind::Paren(x) => self.is_fresh(x),
            _ => false,
        }
    }

    /// `e` converted to type `target` (boxing into interfaces), as a fresh
    /// value, into `dst`: the form used for every assignment of a value.
    pub fn expr_as(&mut self, e: &Expr, target: TypeId, dst: Reg) {
        let from = self.ty_of(e);
        if from == TypeTable::UNTYPED_NIL
            || matches!(&e.kind, ExprKind::Ident(id) if id.name == "nil" && self.const_of(e).is_none() && from == TypeTable::UNTYPED_NIL)
        {
            self.emit(Instr::LoadNil { a: dst });
            return;
        }
        self.expr(e, dst);
        if self.types.is_interface(target) && !self.types.is_interface(from) {
            self.emit_x(Instr::Box { a: dst, b: dst }, from.0);
        } else if self.is_aggregate(from) && !self.is_fresh(e) {
            self.emit(Instr::Copy { a: dst, b: dst });
        }
    }

    /// Convert register `r` holding a value of type `from` to `to` in place
    /// (boxing); for multi-value results.
    pub fn coerce_reg(&mut self, r: Reg, from: TypeId, to: TypeId) {
        if self.types.is_interface(to)
            && !self.types.is_interface(from)
            && from != TypeTable::UNTYPED_NIL
        {
            self.emit_x(Instr::Box { a: r, b: r }, from.0);
        }
    }

    /// A register holding the value of `e`: a local's own register when `e`
    /// is a plain local (do not write to it), else a new temporary.
    pub fn expr_reg(&mut self, e: &Expr) -> Reg {
        if let ExprKind::Ident(id) = &e.kind
            && self.const_of(e).is_none()
            && let Some(obj) = self.info.uses.get(&id.id).copied()
            && let Some(VarLoc::Reg(r)) = self.cur().vars.get(&obj).copied()
        {
            return r;
        }
        if let ExprKind::Paren(x) = &e.kind {
            return self.expr_reg(x);
        }
        let t = self.cur().alloc(1);
        self.expr(e, t);
        t
    }

    /// Load a constant of type `ty`.
    pub fn load_const(&mut self, cv: &ConstValue, ty: TypeId, dst: Reg) {
        let kind = self.basic(ty);
        match cv {
            ConstValue::Bool(b) => {
                self.emit(Instr::LoadBool { a: dst, b: *b });
            }
            ConstValue::Str(s) => {
                let k = self.konst(str_value(s));
                self.emit(Instr::LoadK { a: dst, k });
            }
            ConstValue::Int(i) => {
                if kind.is_some_and(|k| k.is_float()) {
                    let f = i.to_f64().unwrap_or(0.0);
                    self.load_float(f, kind == Some(BasicKind::Float32), dst);
                    return;
                }
                let v = i
                    .to_i64()
                    .or_else(|| i.to_u64().map(|u| u as i64))
                    .unwrap_or(0);
                if let Ok(small) = i32::try_from(v) {
                    self.emit(Instr::LoadInt { a: dst, i: small });
                } else {
                    let k = self.konst(Value::Int(v));
                    self.emit(Instr::LoadK { a: dst, k });
                }
            }
            ConstValue::Float(r) => {
                if kind.is_some_and(|k| k.is_integer()) {
                    let v = r.to_integer().to_i64().unwrap_or(0);
                    self.load_const(&ConstValue::Int(v.into()), ty, dst);
                    return;
                }
                let f = r.to_f64().unwrap_or(0.0);
                self.load_float(f, kind == Some(BasicKind::Float32), dst);
            }
        }
    }

    fn load_float(&mut self, f: f64, f32: bool, dst: Reg) {
        let f = if f32 { f as f32 as f64 } else { f };
        let k = self.konst(Value::Float(f));
        self.emit(Instr::LoadK { a: dst, k });
    }

    /// Compile `e` (a single value) into `dst`.
    pub fn expr(&mut self, e: &Expr, dst: Reg) {
        if let Some(r) = self.hoisted.remove(&e.id) {
            self.emit(Instr::Move { a: dst, b: r });
            return;
        }
        let ty = self.ty_of(e);
        if let Some(cv) = self.const_of(e) {
            self.load_const(cv, ty, dst);
            return;
        }
        match &e.kind {
            ExprKind::Ident(id) => self.ident(id, ty, dst),
            ExprKind::BasicLit { .. } => {}
            ExprKind::Paren(x) => self.expr(x, dst),
            ExprKind::CompositeLit { .. } => self.composite(e, ty, dst),
            ExprKind::FuncLit { sig, body } => self.func_lit(e, sig, body, dst),
            ExprKind::Selector(x, sel) => self.selector(e, x, sel, dst),
            ExprKind::Index(x, i) => self.index(x, i, dst, false),
            ExprKind::Slice { x, lo, hi, max, .. } => {
                let base = self.cur().free;
                let bounds: Vec<(u8, &Expr)> = [(1u8, lo), (2, hi), (4, max)]
                    .into_iter()
                    .filter_map(|(bit, b)| b.as_deref().map(|b| (bit, b)))
                    .collect();
                let b = self.cur().alloc(1 + bounds.len() as u16);
                self.expr(x, b);
                let mut m = 0u8;
                for (i, (bit, bx)) in bounds.iter().enumerate() {
                    self.expr(bx, b + 1 + i as u16);
                    m |= bit;
                }
                self.emit(Instr::SliceOf { a: dst, b, m });
                self.cur().free_to(base);
            }
            ExprKind::TypeAssert(x, _) => {
                let t = self.expr_reg(x);
                let tv = self.info.types.get(&e.id);
                let is_tuple = tv.is_some_and(|tv| matches!(self.types.get(tv.ty), Type::Tuple(_)));
                if is_tuple {
                    let target = self.tuple_elem(ty, 0);
                    self.emit_x(Instr::Assert2 { a: dst, b: t }, target.0);
                } else {
                    let src = self.ty_of(x);
                    self.emit_xx(Instr::Assert { a: dst, b: t }, ty.0, src.0);
                }
            }
            ExprKind::Call { .. } => {
                let n = if matches!(self.types.get(ty), Type::Tuple(_)) {
                    0
                } else {
                    1
                };
                self.call(e, dst, n.max(1));
            }
            ExprKind::Star(x) => {
                let t = self.expr_reg(x);
                self.emit(Instr::Load { a: dst, b: t });
            }
            ExprKind::Unary(op, x) => self.unary(*op, x, e, ty, dst),
            ExprKind::Binary(op, a, b) => self.binary(*op, a, b, ty, dst),
            ExprKind::KeyValue(..) | ExprKind::TypeExpr(_) => {}
        }
    }

    /// The i-th element type of a tuple type (or the type itself).
    pub fn tuple_elem(&self, ty: TypeId, i: usize) -> TypeId {
        match self.types.get(ty) {
            Type::Tuple(ts) => ts.get(i).copied().unwrap_or(TypeTable::INVALID),
            _ => ty,
        }
    }

    fn ident(&mut self, id: &Ident, ty: TypeId, dst: Reg) {
        let Some(obj) = self.info.uses.get(&id.id).copied() else {
            self.emit(Instr::LoadNil { a: dst });
            return;
        };
        match &self.info.object(obj).kind {
            ObjKind::Var { .. } => {
                if let Some(loc) = self.var_loc(obj) {
                    self.load_var(loc, dst);
                }
            }
            ObjKind::Func { .. } => self.func_value(obj, dst),
            ObjKind::Nil => {
                self.emit(Instr::LoadNil { a: dst });
            }
            _ => {
                let _ = ty;
                self.emit(Instr::LoadNil { a: dst });
            }
        }
    }

    /// A function (or native) as a value.
    pub fn func_value(&mut self, obj: crate::types::ty::ObjId, dst: Reg) {
        if let Some(&f) = self.func_of.get(&obj) {
            self.emit(Instr::FuncVal { a: dst, f });
        } else {
            let n = self.native(obj, Default::default());
            self.emit(Instr::NativeVal { a: dst, n });
        }
    }

    fn selector(&mut self, e: &Expr, x: &Expr, sel: &Ident, dst: Reg) {
        let Some(selection) = self.info.selections.get(&e.id).cloned() else {
            // a package member: pkg.Name
            if let Some(obj) = self.info.uses.get(&sel.id).copied() {
                match &self.info.object(obj).kind {
                    ObjKind::Var { .. } => {
                        if let Some(loc) = self.var_loc(obj) {
                            self.load_var(loc, dst);
                        }
                    }
                    ObjKind::Func { .. } => self.func_value(obj, dst),
                    _ => {}
                }
            }
            return;
        };
        match selection.kind {
            SelectionKind::FieldVal => {
                let base = self.cur().free;
                let mut cur = self.expr_reg(x);
                for (k, &i) in selection.index.iter().enumerate() {
                    let out = if k + 1 == selection.index.len() {
                        dst
                    } else {
                        self.cur().alloc(1)
                    };
                    self.emit(Instr::GetField {
                        a: out,
                        b: cur,
                        i: i as u16,
                    });
                    cur = out;
                }
                self.cur().free_to(base);
            }
            SelectionKind::MethodVal => self.method_value(x, &selection, dst),
            SelectionKind::MethodExpr => {
                let obj = selection.obj;
                self.func_value(obj, dst);
            }
        }
    }

    fn index(&mut self, x: &Expr, i: &Expr, dst: Reg, comma_ok: bool) {
        let xt = self.ty_of(x);
        let base = self.cur().free;
        match self.types.under(xt).clone() {
            Type::Map { key, elem } => {
                let m = self.expr_reg(x);
                let k = self.cur().alloc(1);
                self.expr_as(i, key, k);
                if comma_ok {
                    self.emit_x(Instr::MapGet2 { a: dst, b: m, c: k }, elem.0);
                } else {
                    self.emit_x(Instr::MapGet { a: dst, b: m, c: k }, elem.0);
                }
            }
            Type::Basic(_) => {
                let s = self.expr_reg(x);
                let k = self.expr_reg(i);
                self.emit(Instr::IndexStr { a: dst, b: s, c: k });
            }
            _ => {
                let s = self.expr_reg(x);
                let k = self.expr_reg(i);
                self.emit(Instr::Index { a: dst, b: s, c: k });
            }
        }
        self.cur().free_to(base);
    }

    /// `m[k]` in a two-value context.
    pub fn index_comma_ok(&mut self, x: &Expr, i: &Expr, dst: Reg) {
        self.index(x, i, dst, true)
    }

    fn unary(&mut self, op: UnaryOp, x: &Expr, e: &Expr, ty: TypeId, dst: Reg) {
        match op {
            UnaryOp::Pos => self.expr(x, dst),
            UnaryOp::Neg => {
                let r = self.expr_reg(x);
                if self.basic(ty).is_some_and(|k| k.is_float()) {
                    self.emit(Instr::NegFloat { a: dst, b: r });
                } else {
                    self.emit(Instr::NegInt { a: dst, b: r });
                    self.wrap(ty, dst);
                }
            }
            UnaryOp::Not => {
                let r = self.expr_reg(x);
                self.emit(Instr::Not { a: dst, b: r });
            }
            UnaryOp::Xor => {
                let r = self.expr_reg(x);
                self.emit(Instr::BitNot { a: dst, b: r });
                self.wrap(ty, dst);
            }
            UnaryOp::Addr => self.addr_of(x, dst),
            UnaryOp::Recv => {
                let c = self.expr_reg(x);
                let is_tuple = matches!(self.types.get(ty), Type::Tuple(_));
                if is_tuple {
                    self.emit(Instr::Recv2 { a: dst, b: c });
                } else {
                    self.emit(Instr::Recv { a: dst, b: c });
                }
                let _ = e;
            }
        }
    }

    /// `&x`: the address of a variable, field, element, or a new composite.
    pub fn addr_of(&mut self, x: &Expr, dst: Reg) {
        let base = self.cur().free;
        match &x.kind {
            ExprKind::Paren(inner) => return self.addr_of(inner, dst),
            ExprKind::CompositeLit { .. } => {
                let ty = self.ty_of(x);
                self.expr(x, dst);
                if self.is_aggregate(ty) {
                    self.emit(Instr::MakePtr { a: dst, b: dst });
                } else {
                    self.emit(Instr::NewCell { a: dst, b: dst });
                }
            }
            ExprKind::Ident(id) => {
                let obj = self.info.uses.get(&id.id).copied();
                let loc = obj.and_then(|o| self.var_loc(o));
                match loc {
                    Some(VarLoc::Reg(r)) => {
                        self.emit(Instr::MakePtr { a: dst, b: r });
                    }
                    Some(VarLoc::Cell(r)) => {
                        self.emit(Instr::Move { a: dst, b: r });
                    }
                    Some(VarLoc::Global(g)) => {
                        self.emit(Instr::AddrGlobal { a: dst, g });
                    }
                    None => {}
                }
            }
            ExprKind::Selector(inner, _) => {
                if let Some(sel) = self.info.selections.get(&x.id).cloned() {
                    let mut cur = self.expr_reg(inner);
                    let n = sel.index.len();
                    for (k, &i) in sel.index.iter().enumerate() {
                        if k + 1 == n {
                            self.emit(Instr::AddrField {
                                a: dst,
                                b: cur,
                                i: i as u16,
                            });
                        } else {
                            let t = self.cur().alloc(1);
                            self.emit(Instr::GetField {
                                a: t,
                                b: cur,
                                i: i as u16,
                            });
                            cur = t;
                        }
                    }
                } else if let Some(obj) = self.info.uses.get(&match &x.kind {
                    ExprKind::Selector(_, s) => s.id,
                    _ => x.id,
                }) && let Some(VarLoc::Global(g)) = self.var_loc(*obj)
                {
                    self.emit(Instr::AddrGlobal { a: dst, g });
                }
            }
            ExprKind::Index(c, i) => {
                let cr = self.expr_reg(c);
                let ir = self.expr_reg(i);
                self.emit(Instr::AddrIndex {
                    a: dst,
                    b: cr,
                    c: ir,
                });
            }
            ExprKind::Star(p) => self.expr(p, dst),
            _ => {
                self.expr(x, dst);
                self.emit(Instr::MakePtr { a: dst, b: dst });
            }
        }
        self.cur().free_to(base);
    }

    /// Narrow the integer in `r` to its type's size.
    pub fn wrap(&mut self, ty: TypeId, r: Reg) {
        if let Some(k) = self.basic(ty)
            && k.is_integer()
            && k.bits() < 64
        {
            self.emit(Instr::Wrap {
                a: r,
                bits: k.bits() as u8,
                signed: !k.is_unsigned(),
            });
        }
    }

    fn binary(&mut self, op: BinaryOp, a: &Expr, b: &Expr, ty: TypeId, dst: Reg) {
        use BinaryOp::*;
        if op == LAnd || op == LOr {
            self.expr(a, dst);
            let j = if op == LAnd {
                self.emit(Instr::JmpIfNot { a: dst, sj: 0 })
            } else {
                self.emit(Instr::JmpIf { a: dst, sj: 0 })
            };
            self.expr(b, dst);
            self.patch_here(j);
            return;
        }
        let base = self.cur().free;
        let at = self.ty_of(a);
        let bt = self.ty_of(b);
        if matches!(op, Eq | Ne | Lt | Le | Gt | Ge) {
            self.compare(op, a, b, at, bt, dst);
            self.cur().free_to(base);
            return;
        }
        if let Some(k) = self.small_int_const(b) {
            let kind = self.basic(ty).unwrap_or(BasicKind::Int);
            if kind.is_integer() {
                let signed = !kind.is_unsigned();
                let ins = match op {
                    Add => Some(Instr::AddIntK { a: dst, b: 0, k }),
                    Sub if k != i16::MIN => Some(Instr::AddIntK {
                        a: dst,
                        b: 0,
                        k: -k,
                    }),
                    Mul => Some(Instr::MulIntK { a: dst, b: 0, k }),
                    And if k >= 0 => Some(Instr::AndK { a: dst, b: 0, k }),
                    Rem if signed && k != 0 => Some(Instr::RemIntK { a: dst, b: 0, k }),
                    _ => None,
                };
                if let Some(ins) = ins {
                    let ra = self.expr_reg(a);
                    let ins = match ins {
                        Instr::AddIntK { a, k, .. } => Instr::AddIntK { a, b: ra, k },
                        Instr::MulIntK { a, k, .. } => Instr::MulIntK { a, b: ra, k },
                        Instr::AndK { a, k, .. } => Instr::AndK { a, b: ra, k },
                        Instr::RemIntK { a, k, .. } => Instr::RemIntK { a, b: ra, k },
                        other => other,
                    };
                    self.emit(ins);
                    if matches!(op, Add | Sub | Mul) {
                        self.wrap(ty, dst);
                    }
                    self.cur().free_to(base);
                    return;
                }
            }
        }
        let ra = self.expr_reg(a);
        let rb = self.expr_reg(b);
        self.arith_regs(op, ty, bt, ra, rb, dst);
        self.cur().free_to(base);
    }

    /// `dst := ra op rb` for a non-comparison operator on values of type `ty`
    /// (`bt`: the right operand's type, for shift counts).
    pub fn arith_regs(&mut self, op: BinaryOp, ty: TypeId, bt: TypeId, ra: Reg, rb: Reg, dst: Reg) {
        use BinaryOp::*;
        let k = self.basic(ty).unwrap_or(BasicKind::Int);
        if k == BasicKind::String {
            self.emit(Instr::Concat {
                a: dst,
                b: ra,
                c: rb,
            });
        } else if k.is_float() {
            let ins = match op {
                Add => Instr::AddFloat {
                    a: dst,
                    b: ra,
                    c: rb,
                },
                Sub => Instr::SubFloat {
                    a: dst,
                    b: ra,
                    c: rb,
                },
                Mul => Instr::MulFloat {
                    a: dst,
                    b: ra,
                    c: rb,
                },
                _ => Instr::DivFloat {
                    a: dst,
                    b: ra,
                    c: rb,
                },
            };
            self.emit(ins);
            if k == BasicKind::Float32 {
                self.emit(Instr::RoundF32 { a: dst });
            }
        } else {
            let u = k.is_unsigned();
            let cu = self.basic(bt).is_some_and(|k| k.is_unsigned());
            let ins = match op {
                Add => Instr::AddInt {
                    a: dst,
                    b: ra,
                    c: rb,
                },
                Sub => Instr::SubInt {
                    a: dst,
                    b: ra,
                    c: rb,
                },
                Mul => Instr::MulInt {
                    a: dst,
                    b: ra,
                    c: rb,
                },
                Div if u => Instr::DivUint {
                    a: dst,
                    b: ra,
                    c: rb,
                },
                Div => Instr::DivInt {
                    a: dst,
                    b: ra,
                    c: rb,
                },
                Rem if u => Instr::RemUint {
                    a: dst,
                    b: ra,
                    c: rb,
                },
                Rem => Instr::RemInt {
                    a: dst,
                    b: ra,
                    c: rb,
                },
                And => Instr::And {
                    a: dst,
                    b: ra,
                    c: rb,
                },
                Or => Instr::Or {
                    a: dst,
                    b: ra,
                    c: rb,
                },
                Xor => Instr::Xor {
                    a: dst,
                    b: ra,
                    c: rb,
                },
                AndNot => Instr::AndNot {
                    a: dst,
                    b: ra,
                    c: rb,
                },
                Shl => Instr::Shl {
                    a: dst,
                    b: ra,
                    c: rb,
                    cu,
                },
                Shr if u => Instr::ShrU {
                    a: dst,
                    b: ra,
                    c: rb,
                    cu,
                },
                _ => Instr::Shr {
                    a: dst,
                    b: ra,
                    c: rb,
                    cu,
                },
            };
            self.emit(ins);
            if matches!(op, Add | Sub | Mul | Shl | Div) {
                self.wrap(ty, dst);
            }
        }
    }

    fn is_nil_expr(&self, e: &Expr) -> bool {
        self.ty_of(e) == TypeTable::UNTYPED_NIL
    }

    fn compare(&mut self, op: BinaryOp, a: &Expr, b: &Expr, at: TypeId, bt: TypeId, dst: Reg) {
        use BinaryOp::*;
        // x == nil
        if self.is_nil_expr(b) || self.is_nil_expr(a) {
            let x = if self.is_nil_expr(b) { a } else { b };
            let r = self.expr_reg(x);
            self.emit(Instr::IsNil { a: dst, b: r });
            if op == Ne {
                self.emit(Instr::Not { a: dst, b: dst });
            }
            return;
        }
        let ai = self.types.is_interface(at);
        let bi = self.types.is_interface(bt);
        if ai != bi {
            // interface vs concrete: box the concrete side
            let ra = self.cur().alloc(1);
            self.expr(a, ra);
            if !ai {
                self.emit_x(Instr::Box { a: ra, b: ra }, at.0);
            }
            let rb = self.cur().alloc(1);
            self.expr(b, rb);
            if !bi {
                self.emit_x(Instr::Box { a: rb, b: rb }, bt.0);
            }
            self.emit(if op == Eq {
                Instr::Eq {
                    a: dst,
                    b: ra,
                    c: rb,
                }
            } else {
                Instr::Ne {
                    a: dst,
                    b: ra,
                    c: rb,
                }
            });
            return;
        }
        if let (Some(k), Some(kind)) = (self.small_int_const(b), self.basic(at))
            && kind.is_integer()
            && (!kind.is_unsigned() || (k >= 0 && matches!(op, Eq | Ne)))
        {
            let ra = self.expr_reg(a);
            let ins = match op {
                Eq => Instr::EqIntK { a: dst, b: ra, k },
                Ne => Instr::NeIntK { a: dst, b: ra, k },
                Lt => Instr::LtIntK { a: dst, b: ra, k },
                Le => Instr::LeIntK { a: dst, b: ra, k },
                Gt => Instr::GtIntK { a: dst, b: ra, k },
                _ => Instr::GeIntK { a: dst, b: ra, k },
            };
            self.emit(ins);
            return;
        }
        let ra = self.expr_reg(a);
        let rb = self.expr_reg(b);
        self.compare_regs(op, at, ra, rb, dst);
    }

    /// A constant integer operand that fits an instruction's immediate.
    pub fn small_int_const(&self, e: &Expr) -> Option<i16> {
        match self.const_of(e)? {
            ConstValue::Int(i) if self.basic(self.ty_of(e)).is_some_and(|k| k.is_integer()) => {
                i.to_i16()
            }
            _ => None,
        }
    }

    /// Jump when `cond` is false: a fused compare-and-jump for signed
    /// integer comparisons, else the bool and `JmpIfNot`. Returns the jump
    /// to patch.
    pub fn jump_if_false(&mut self, cond: &Expr) -> usize {
        use BinaryOp::*;
        let base = self.cur().free;
        if let ExprKind::Binary(op @ (Lt | Le | Gt | Ge), a, b) = &strip_parens(cond).kind {
            let at = self.ty_of(a);
            if self
                .basic(at)
                .is_some_and(|k| k.is_integer() && !k.is_unsigned())
                && self.const_of(cond).is_none()
            {
                let ra = self.expr_reg(a);
                let rb = self.expr_reg(b);
                let ins = match op {
                    Lt => Instr::JmpGeInt {
                        b: ra,
                        c: rb,
                        sj: 0,
                    },
                    Le => Instr::JmpLtInt {
                        b: rb,
                        c: ra,
                        sj: 0,
                    },
                    Gt => Instr::JmpGeInt {
                        b: rb,
                        c: ra,
                        sj: 0,
                    },
                    _ => Instr::JmpLtInt {
                        b: ra,
                        c: rb,
                        sj: 0,
                    },
                };
                let j = self.emit(ins);
                self.cur().free_to(base);
                return j;
            }
        }
        let r = self.expr_reg(cond);
        let j = self.emit(Instr::JmpIfNot { a: r, sj: 0 });
        self.cur().free_to(base);
        j
    }

    /// `dst := ra op rb` for a comparison of two values of type `at` (both
    /// interfaces or both not).
    pub fn compare_regs(&mut self, op: BinaryOp, at: TypeId, ra: Reg, rb: Reg, dst: Reg) {
        use BinaryOp::*;
        let (x, y, op) = match op {
            Gt => (rb, ra, Lt),
            Ge => (rb, ra, Le),
            o => (ra, rb, o),
        };
        let kind = self.basic(at);
        let ins = match kind {
            Some(k) if k.is_integer() || k == BasicKind::Bool => {
                let u = k.is_unsigned();
                match op {
                    Eq => Instr::EqInt { a: dst, b: x, c: y },
                    Ne => Instr::NeInt { a: dst, b: x, c: y },
                    Lt if u => Instr::LtUint { a: dst, b: x, c: y },
                    Lt => Instr::LtInt { a: dst, b: x, c: y },
                    _ if u => Instr::LeUint { a: dst, b: x, c: y },
                    _ => Instr::LeInt { a: dst, b: x, c: y },
                }
            }
            Some(k) if k.is_float() => match op {
                Eq => Instr::EqFloat { a: dst, b: x, c: y },
                Ne => Instr::NeFloat { a: dst, b: x, c: y },
                Lt => Instr::LtFloat { a: dst, b: x, c: y },
                _ => Instr::LeFloat { a: dst, b: x, c: y },
            },
            Some(BasicKind::String) => match op {
                Eq => Instr::EqStr { a: dst, b: x, c: y },
                Ne => Instr::NeStr { a: dst, b: x, c: y },
                Lt => Instr::LtStr { a: dst, b: x, c: y },
                _ => Instr::LeStr { a: dst, b: x, c: y },
            },
            _ => match op {
                Ne => Instr::Ne { a: dst, b: x, c: y },
                _ => Instr::Eq { a: dst, b: x, c: y },
            },
        };
        self.emit(ins);
    }

    /// Composite literals: structs, arrays, slices, maps (and `&T{}` via
    /// `addr_of`; elided `*T` element types are recorded as pointers).
    fn composite(&mut self, e: &Expr, ty: TypeId, dst: Reg) {
        let ExprKind::CompositeLit { elts, .. } = &e.kind else {
            return;
        };
        // an elided `&T` element: build T and take its address
        if let Type::Pointer(elem) = self.types.get(ty).clone() {
            self.composite_of(elts, elem, dst);
            self.emit(Instr::MakePtr { a: dst, b: dst });
            return;
        }
        self.composite_of(elts, ty, dst);
    }

    fn composite_of(&mut self, elts: &[Element], ty: TypeId, dst: Reg) {
        let base = self.cur().free;
        match self.types.under(ty).clone() {
            Type::Struct(fields) => {
                let n = fields.len() as u16;
                let blk = self.cur().alloc(n + 1);
                let keyed = elts.iter().any(|el| el.key.is_some());
                let mut set = vec![false; fields.len()];
                for (i, el) in elts.iter().enumerate() {
                    let fi = if keyed {
                        let Some(ExprKind::Ident(k)) = el.key.as_ref().map(|k| &k.kind) else {
                            continue;
                        };
                        fields.iter().position(|f| f.name == k.name).unwrap_or(i)
                    } else {
                        i
                    };
                    if fi < fields.len() {
                        self.expr_as(&el.value, fields[fi].ty, blk + 1 + fi as u16);
                        set[fi] = true;
                    }
                }
                for (fi, f) in fields.iter().enumerate() {
                    if !set[fi] {
                        self.zero(f.ty, blk + 1 + fi as u16);
                    }
                }
                self.emit_x(Instr::StructLit { a: blk, n }, ty.0);
                if blk != dst {
                    self.emit(Instr::Move { a: dst, b: blk });
                }
            }
            Type::Array { elem, .. } | Type::Slice(elem) => {
                let keyed = elts.iter().any(|el| el.key.is_some());
                if !keyed {
                    let n = elts.len() as u16;
                    let blk = self.cur().alloc(n + 1);
                    for (i, el) in elts.iter().enumerate() {
                        self.elem_value(&el.value, elem, blk + 1 + i as u16);
                    }
                    if let Type::Array { len, .. } = self.types.under(ty)
                        && *len as usize != elts.len()
                    {
                        // fewer elements than the array length: set them one by one
                        self.emit(Instr::Zero { a: dst, ty: ty.0 });
                        for i in 0..n {
                            let ir = self.cur().alloc(1);
                            self.emit(Instr::LoadInt { a: ir, i: i as i32 });
                            self.emit(Instr::SetIndex {
                                a: dst,
                                b: ir,
                                c: blk + 1 + i,
                            });
                        }
                        self.cur().free_to(base);
                        return;
                    }
                    self.emit_x(Instr::SliceLit { a: blk, n }, ty.0);
                    if blk != dst {
                        self.emit(Instr::Move { a: dst, b: blk });
                    }
                } else {
                    // indices: max key + 1 is the length of a slice literal
                    let mut idx: i64 = 0;
                    let mut max: i64 = 0;
                    let mut keys = Vec::new();
                    for el in elts {
                        if let Some(k) = &el.key
                            && let Some(ConstValue::Int(v)) = self.const_of(k)
                        {
                            idx = v.to_i64().unwrap_or(0);
                        }
                        keys.push(idx);
                        idx += 1;
                        max = max.max(idx);
                    }
                    let obj = self.cur().alloc(1);
                    if matches!(self.types.under(ty), Type::Slice(_)) {
                        let lr = self.cur().alloc(2);
                        self.emit(Instr::LoadInt {
                            a: lr,
                            i: max as i32,
                        });
                        self.emit(Instr::LoadInt {
                            a: lr + 1,
                            i: max as i32,
                        });
                        self.emit_x(Instr::MakeSlice { a: obj, b: lr }, ty.0);
                    } else {
                        self.emit(Instr::Zero { a: obj, ty: ty.0 });
                    }
                    for (el, k) in elts.iter().zip(keys) {
                        let t = self.cur().free;
                        let ir = self.cur().alloc(1);
                        self.emit(Instr::LoadInt { a: ir, i: k as i32 });
                        let vr = self.cur().alloc(1);
                        self.elem_value(&el.value, elem, vr);
                        self.emit(Instr::SetIndex {
                            a: obj,
                            b: ir,
                            c: vr,
                        });
                        self.cur().free_to(t);
                    }
                    self.emit(Instr::Move { a: dst, b: obj });
                }
            }
            Type::Map { key, elem } => {
                let m = self.cur().alloc(1);
                self.emit(Instr::MakeMap { a: m, ty: ty.0 });
                for el in elts {
                    let t = self.cur().free;
                    let kr = self.cur().alloc(1);
                    if let Some(k) = &el.key {
                        self.elem_value(k, key, kr);
                    }
                    let vr = self.cur().alloc(1);
                    self.elem_value(&el.value, elem, vr);
                    self.emit(Instr::MapSet { a: m, b: kr, c: vr });
                    self.cur().free_to(t);
                }
                self.emit(Instr::Move { a: dst, b: m });
            }
            _ => {}
        }
        self.cur().free_to(base);
    }

    /// An element of a composite literal (its type may be elided).
    fn elem_value(&mut self, v: &Expr, elem: TypeId, dst: Reg) {
        self.expr_as(v, elem, dst);
    }

    /// A function literal: compile its body as a new function, then build
    /// the closure from the captured variables' cells.
    fn func_lit(&mut self, e: &Expr, sig: &FuncType, body: &Block, dst: Reg) {
        let caps = self.esc.captures.get(&e.id).cloned().unwrap_or_default();
        let parent_name = self.cur().proto.name.clone();
        self.cur().nlits += 1;
        let n = self.cur().nlits;
        let name = if parent_name.contains(".func") {
            format!("{parent_name}.{n}")
        } else {
            format!("{parent_name}.func{n}")
        };
        let file = self.cur().proto.file.clone();
        let line = self.cur().line;
        let mut fs = FuncState::new(name, file, None);
        fs.captures = caps.clone();
        fs.line = line;
        // locations of the captured variables in the enclosing function
        let outer_locs: Vec<Option<VarLoc>> = caps.iter().map(|o| self.var_loc(*o)).collect();
        self.fs.push(fs);
        let params: Vec<&Param> = sig.params.iter().collect();
        let has_defer = self
            .esc
            .has_defer
            .contains(&super::escape::span_key(body.span));
        self.function_body(&params, sig, body, has_defer);
        let fs = self.fs.pop().expect("literal state");
        let proto = fs.finish();
        let f = self.funcs.len() as u32;
        self.funcs.push(Some(proto));
        // R[blk] := closure capturing R[blk+1..]
        let base = self.cur().free;
        let blk = self.cur().alloc(1 + caps.len() as u16);
        for (i, loc) in outer_locs.iter().enumerate() {
            let r = blk + 1 + i as u16;
            match loc {
                Some(VarLoc::Reg(x)) | Some(VarLoc::Cell(x)) => {
                    self.emit(Instr::Move { a: r, b: *x });
                }
                Some(VarLoc::Global(g)) => {
                    self.emit(Instr::AddrGlobal { a: r, g: *g });
                }
                None => {
                    self.emit(Instr::LoadNil { a: r });
                }
            }
        }
        self.emit(Instr::Closure { a: blk, f });
        self.emit(Instr::Move { a: dst, b: blk });
        self.cur().free_to(base);
    }

    /// `T(x)`: conversions between numeric types, strings, byte and rune
    /// slices, and to interfaces.
    pub fn conversion(&mut self, x: &Expr, to: TypeId, dst: Reg) {
        let from = self.ty_of(x);
        if self.types.is_interface(to) {
            self.expr_as(x, to, dst);
            return;
        }
        let fk = self.basic(from);
        let tk = self.basic(to);
        self.expr(x, dst);
        match (fk, tk, self.types.under(to).clone()) {
            (Some(f), Some(t), _) if f.is_integer() && t.is_integer() => self.wrap(to, dst),
            (Some(f), Some(t), _) if f.is_integer() && t.is_float() => {
                if matches!(f, BasicKind::Uint | BasicKind::Uint64 | BasicKind::Uintptr) {
                    self.emit(Instr::UintToFloat { a: dst, b: dst });
                } else {
                    self.emit(Instr::IntToFloat { a: dst, b: dst });
                }
                if t == BasicKind::Float32 {
                    self.emit(Instr::RoundF32 { a: dst });
                }
            }
            (Some(f), Some(t), _) if f.is_float() && t.is_integer() => {
                if t.is_unsigned() {
                    self.emit(Instr::FloatToUint { a: dst, b: dst });
                } else {
                    self.emit(Instr::FloatToInt { a: dst, b: dst });
                }
                self.wrap(to, dst);
            }
            (Some(f), Some(t), _) if f.is_float() && t == BasicKind::Float32 => {
                self.emit(Instr::RoundF32 { a: dst });
            }
            (Some(f), Some(BasicKind::String), _) if f.is_integer() => {
                self.emit(Instr::RuneToStr { a: dst, b: dst });
            }
            (None, Some(BasicKind::String), _) => {
                if let Type::Slice(e) = self.types.under(from) {
                    if self.basic(*e) == Some(BasicKind::Uint8) {
                        self.emit(Instr::BytesToStr { a: dst, b: dst });
                    } else {
                        self.emit(Instr::RunesToStr { a: dst, b: dst });
                    }
                }
            }
            (None, None, Type::Array { .. } | Type::Pointer(_))
                if matches!(self.types.under(from), Type::Slice(_)) =>
            {
                self.emit_x(Instr::SliceToArray { a: dst, b: dst }, to.0);
            }
            (Some(BasicKind::String), None, Type::Slice(e)) => {
                if self.basic(e) == Some(BasicKind::Uint8) {
                    self.emit(Instr::StrToBytes { a: dst, b: dst });
                } else {
                    self.emit(Instr::StrToRunes { a: dst, b: dst });
                }
            }
            _ => {
                if self.is_aggregate(to) && !self.is_fresh(x) {
                    self.emit(Instr::Copy { a: dst, b: dst });
                }
            }
        }
    }
}

fn strip_parens(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip_parens(x),
        _ => e,
    }
}
