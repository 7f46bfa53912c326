//! Which local variables must live in memory cells, and what each function
//! literal captures.
//!
//! A scalar variable (anything but a struct or array) lives in a register
//! unless a function literal refers to it (closures capture variables by
//! reference) or its address is taken (`&x`, or a pointer-receiver method
//! called on it); then it lives in a cell (`NewCell`) and its register holds
//! the pointer. Struct and array variables are already references to their
//! memory (see `vm::value`), so they never need a cell; a closure captures
//! the reference itself.
//!
//! The walk keeps a stack of function levels; a variable used at a deeper
//! level than the one that declared it is captured by every literal in
//! between, in order of first use (so each literal's capture list is known
//! before its body is compiled).

use super::call::strip_paren as strip_parens;
use crate::syntax::ast::*;
use crate::types::info::{Builtin, Info, Mode, ObjKind, SelectionKind};
use crate::types::ty::{ObjId, Type, TypeTable};
use std::collections::{HashMap, HashSet};

#[derive(Default)]
pub struct Escapes {
    /// Variables that need a cell.
    pub cells: HashSet<ObjId>,
    /// Captured variables of each function literal (by the literal's `NodeId`).
    pub captures: HashMap<NodeId, Vec<ObjId>>,
    /// Functions (by body span) and literals that contain a `defer`.
    pub has_defer: HashSet<(u32, u32, u32)>,
    /// `s = append(s, ...)` sites given a stack buffer of K elements (see
    /// `StackAppend`): the call's id to (s, K).
    pub stack_appends: HashMap<NodeId, (ObjId, u32)>,
    /// The variables of each function (by body span) with such a site:
    /// each has a "buffer used" flag, false on entry.
    pub append_flags: HashMap<(u32, u32, u32), Vec<ObjId>>,
}

/// Go 1.25+ gives the first `append` to a non-escaping slice variable a
/// 32-byte stack buffer (cmd/compile `ssagen` `getBackingStoreInfo`): at
/// the function's first `s = append(s, x...)` site, the first time it runs
/// with `len(s) == 0` and at most K = 32/sizeof(elem) new elements, the
/// result is `buf[:n:K]` (so `cap` is 4 for ints, 32 for bytes). Deciding
/// "non-escaping" as gc's escape analysis does is out of reach; this
/// accepts the sure cases: every use of `s` is `s = append(s, ...)`,
/// `s = s[i:j]`, an assignment to `s`, `len(s)`, `cap(s)`, `s[i]`, or
/// `range s`. Anything else (passing `s` anywhere, `&s[i]`, closures)
/// keeps the ordinary growth. One `range s` at the loop depth of `s`'s
/// declaration, with `cap(s)` used and appends of weight >= 2, is where
/// gc's slice pass (cmd/compile/internal/slice) switches to growing
/// through the buffer's size classes instead: not emulated, left alone.
#[derive(Default)]
struct StackAppend {
    all: u32,
    ok: u32,
    bad: bool,
    cap_used: bool,
    /// Loop depth of the declaration.
    decl_depth: u32,
    /// `range s` statements, and how many were at `decl_depth`.
    ranges: u32,
    ranges_at_decl: u32,
    /// The slice pass's appendWeight: 1 + loop depth below the declaration
    /// for each `s = append(s, ...)`.
    weight: u32,
    body: (u32, u32, u32),
    first_site: Option<NodeId>,
    k: u32,
}

struct Walker<'a> {
    info: &'a Info,
    types: &'a TypeTable,
    out: Escapes,
    /// Declaring level of each local variable seen.
    level_of: HashMap<ObjId, usize>,
    /// Literal ids of the enclosing function levels (level 0: the FuncDecl).
    lits: Vec<Option<NodeId>>,
    /// Body span of the function at each level (to record `has_defer`).
    bodies: Vec<Span>,
    /// Slice variables tracked for stack-buffered appends.
    slices: HashMap<ObjId, StackAppend>,
    /// `for` and `range` statements around the current point.
    loop_depth: u32,
}

pub fn analyze_func(info: &Info, types: &TypeTable, f: &FuncDecl, out: &mut Escapes) {
    let mut w = Walker {
        info,
        types,
        out: std::mem::take(out),
        level_of: HashMap::new(),
        lits: vec![None],
        bodies: vec![f.body.as_ref().map(|b| b.span).unwrap_or_default()],
        slices: HashMap::new(),
        loop_depth: 0,
    };
    if let Some(r) = &f.recv {
        w.param(r);
    }
    w.sig(&f.sig);
    if let Some(b) = &f.body {
        w.block(b);
    }
    w.finish_stack_appends();
    *out = w.out;
}

/// Analyze an expression outside any function (a package-level initializer).
pub fn analyze_expr(info: &Info, types: &TypeTable, e: &Expr, out: &mut Escapes) {
    let mut w = Walker {
        info,
        types,
        out: std::mem::take(out),
        level_of: HashMap::new(),
        lits: vec![None],
        bodies: vec![Span::default()],
        slices: HashMap::new(),
        loop_depth: 0,
    };
    w.expr(e);
    *out = w.out;
}

pub fn span_key(s: Span) -> (u32, u32, u32) {
    (s.file, s.lo, s.hi)
}

impl Walker<'_> {
    fn is_aggregate(&self, obj: ObjId) -> bool {
        let ty = self.info.object(obj).ty;
        matches!(self.types.under(ty), Type::Struct(_) | Type::Array { .. })
    }

    fn def(&mut self, id: &Ident) {
        if let Some(&obj) = self.info.defs.get(&id.id) {
            self.level_of.insert(obj, self.lits.len() - 1);
            self.track_slice(obj);
        }
    }

    /// Start tracking a local slice variable with a small element type.
    fn track_slice(&mut self, obj: ObjId) {
        let o = self.info.object(obj);
        if !matches!(
            o.kind,
            ObjKind::Var {
                global: false,
                field: false
            }
        ) {
            return;
        }
        let Type::Slice(elem) = self.types.under(o.ty) else {
            return;
        };
        let size = crate::vm::types_rt::size_align(self.types, *elem).0;
        if size == 0 || size > 32 {
            return;
        }
        let body = *self.bodies.last().expect("a function level");
        self.slices.insert(
            obj,
            StackAppend {
                body: span_key(body),
                k: (32 / size) as u32,
                decl_depth: self.loop_depth,
                ..Default::default()
            },
        );
    }

    /// The tracked slice variable `e` names, if any.
    fn tracked(&mut self, e: &Expr) -> Option<&mut StackAppend> {
        let ExprKind::Ident(id) = &strip_parens(e).kind else {
            return None;
        };
        let obj = self
            .info
            .uses
            .get(&id.id)
            .or_else(|| self.info.defs.get(&id.id))?;
        self.slices.get_mut(obj)
    }

    fn finish_stack_appends(&mut self) {
        for (obj, t) in std::mem::take(&mut self.slices) {
            let Some(site) = t.first_site else { continue };
            let slice_pass = t.ranges == 1 && t.ranges_at_decl == 1 && t.weight >= 2 && t.cap_used;
            if t.all != t.ok || t.bad || slice_pass || self.out.cells.contains(&obj) {
                continue;
            }
            self.out.stack_appends.insert(site, (obj, t.k));
            self.out.append_flags.entry(t.body).or_default().push(obj);
        }
    }

    fn use_ident(&mut self, id: &Ident) {
        let Some(&obj) = self.info.uses.get(&id.id) else {
            return;
        };
        if let Some(t) = self.slices.get_mut(&obj) {
            t.all += 1;
        }
        let Some(&lvl) = self.level_of.get(&obj) else {
            return;
        };
        let cur = self.lits.len() - 1;
        if lvl < cur {
            if !self.is_aggregate(obj) {
                self.out.cells.insert(obj);
            }
            for l in lvl + 1..=cur {
                if let Some(lit) = self.lits[l] {
                    let caps = self.out.captures.entry(lit).or_default();
                    if !caps.contains(&obj) {
                        caps.push(obj);
                    }
                }
            }
        }
    }

    /// `&x` (or an implicit `&x` for a pointer method): x needs a cell.
    fn addr_of(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Ident(id) => {
                if let Some(&obj) = self.info.uses.get(&id.id)
                    && matches!(
                        self.info.object(obj).kind,
                        ObjKind::Var {
                            global: false,
                            field: false
                        }
                    )
                    && !self.is_aggregate(obj)
                {
                    self.out.cells.insert(obj);
                }
            }
            ExprKind::Paren(x) => self.addr_of(x),
            _ => {}
        }
    }

    fn param(&mut self, p: &Param) {
        for n in &p.names {
            self.def(n);
        }
    }

    fn sig(&mut self, s: &FuncType) {
        for p in &s.params {
            self.param(p);
        }
        for p in &s.results {
            self.param(p);
        }
    }

    fn block(&mut self, b: &Block) {
        for s in &b.stmts {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Decl(d) => self.decl(d),
            StmtKind::Empty | StmtKind::Branch { .. } => {}
            StmtKind::Labeled(_, s) => self.stmt(s),
            StmtKind::Expr(e) | StmtKind::Go(e) => self.expr(e),
            StmtKind::Defer(e) => {
                let body = *self.bodies.last().expect("a function level");
                self.out.has_defer.insert(span_key(body));
                self.expr(e)
            }
            StmtKind::Send { chan, value } => {
                self.expr(chan);
                self.expr(value);
            }
            StmtKind::IncDec { target, .. } => self.expr(target),
            StmtKind::Assign { lhs, op, rhs } => {
                // `s = append(s, ...)` and `s = s[i:j]` use s harmlessly
                if let ([l], [r]) = (&lhs[..], &rhs[..])
                    && let ExprKind::Ident(lid) = &strip_parens(l).kind
                    && let Some(&lobj) = self
                        .info
                        .uses
                        .get(&lid.id)
                        .or_else(|| self.info.defs.get(&lid.id))
                {
                    let same = |w: &Self, x: &Expr| {
                        matches!(&strip_parens(x).kind, ExprKind::Ident(id)
                            if w.info.uses.get(&id.id) == Some(&lobj))
                    };
                    match &strip_parens(r).kind {
                        ExprKind::Call {
                            func,
                            args,
                            ellipsis: false,
                        } if self
                            .info
                            .types
                            .get(&func.id)
                            .is_some_and(|t| t.mode == Mode::Builtin(Builtin::Append))
                            && args.len() > 1
                            && same(self, &args[0]) =>
                        {
                            let (id, depth) = (r.id, self.loop_depth);
                            if let Some(t) = self.slices.get_mut(&lobj) {
                                t.ok += 1;
                                t.weight += 1 + depth.saturating_sub(t.decl_depth);
                                t.first_site.get_or_insert(id);
                            }
                        }
                        ExprKind::Slice { x, .. } if same(self, x) => {
                            if let Some(t) = self.slices.get_mut(&lobj) {
                                t.ok += 1;
                                t.cap_used = true;
                            }
                        }
                        _ => {}
                    }
                }
                for e in rhs {
                    self.expr(e);
                }
                for e in lhs {
                    if *op == AssignOp::Define
                        && let ExprKind::Ident(id) = &e.kind
                    {
                        self.def(id);
                        self.use_ident(id);
                    } else {
                        self.expr(e);
                    }
                    // assigning to a tracked slice does not leak it (a new
                    // variable of `:=` was not counted as a use)
                    let counted = matches!(&strip_parens(e).kind,
                        ExprKind::Ident(id) if self.info.uses.contains_key(&id.id));
                    if counted && let Some(t) = self.tracked(e) {
                        t.ok += 1;
                    }
                }
            }
            StmtKind::Return(es) => {
                for e in es {
                    self.expr(e);
                }
            }
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.expr(cond);
                self.block(then);
                if let Some(e) = els {
                    self.stmt(e);
                }
            }
            StmtKind::Switch { init, tag, clauses } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(t) = tag {
                    self.expr(t);
                }
                for c in clauses {
                    for e in c.exprs.iter().flatten() {
                        self.expr(e);
                    }
                    for s in &c.body {
                        self.stmt(s);
                    }
                }
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                subject,
                clauses,
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(b) = bind {
                    self.def(b);
                }
                self.expr(subject);
                for c in clauses {
                    if let Some(b) = &c.bind {
                        self.def(b);
                    }
                    for s in &c.body {
                        self.stmt(s);
                    }
                }
            }
            StmtKind::Select(clauses) => {
                for c in clauses {
                    if let Some(s) = &c.comm {
                        self.stmt(s);
                    }
                    for s in &c.body {
                        self.stmt(s);
                    }
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.loop_depth += 1;
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(c) = cond {
                    self.expr(c);
                }
                if let Some(p) = post {
                    self.stmt(p);
                }
                self.block(body);
                self.loop_depth -= 1;
            }
            StmtKind::Range {
                key,
                value,
                define,
                expr,
                body,
            } => {
                let depth = self.loop_depth;
                if let Some(t) = self.tracked(expr) {
                    t.ok += 1;
                    t.ranges += 1;
                    if depth == t.decl_depth {
                        t.ranges_at_decl += 1;
                    }
                }
                self.loop_depth += 1;
                self.expr(expr);
                for e in [key, value].into_iter().flatten() {
                    if *define && let ExprKind::Ident(id) = &e.kind {
                        self.def(id);
                        continue;
                    }
                    self.expr(e);
                }
                self.block(body);
                self.loop_depth -= 1;
            }
        }
    }

    fn decl(&mut self, d: &Decl) {
        match d {
            Decl::Var(specs, _) | Decl::Const(specs, _) => {
                for sp in specs {
                    for v in &sp.values {
                        self.expr(v);
                    }
                    for n in &sp.names {
                        self.def(n);
                    }
                }
            }
            Decl::Type(..) => {}
            Decl::Func(f) => {
                if let Some(b) = &f.body {
                    self.block(b);
                }
            }
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Ident(id) => self.use_ident(id),
            ExprKind::BasicLit { .. } | ExprKind::TypeExpr(_) => {}
            ExprKind::CompositeLit { elts, .. } => {
                for el in elts {
                    // struct field keys are not variable uses
                    if let Some(k) = &el.key
                        && (!matches!(k.kind, ExprKind::Ident(_))
                            || self.info.types.contains_key(&k.id))
                    {
                        self.expr(k);
                    }
                    self.expr(&el.value);
                }
            }
            ExprKind::FuncLit { sig, body } => {
                self.lits.push(Some(e.id));
                self.bodies.push(body.span);
                self.out.captures.entry(e.id).or_default();
                self.sig(sig);
                self.block(body);
                self.lits.pop();
                self.bodies.pop();
            }
            ExprKind::Paren(x) | ExprKind::Star(x) => self.expr(x),
            ExprKind::Selector(x, _) => {
                if let Some(sel) = self.info.selections.get(&e.id)
                    && sel.kind == SelectionKind::MethodVal
                {
                    let m = self.info.object(sel.obj);
                    let recv_is_ptr = matches!(self.types.get(sel.recv), Type::Pointer(_));
                    if !recv_is_ptr && method_has_ptr_recv(self.types, m.recv_named, &m.name) {
                        self.addr_of(x);
                    }
                }
                self.expr(x)
            }
            ExprKind::Index(x, i) => {
                if let Some(t) = self.tracked(x) {
                    t.ok += 1; // s[i] reads or writes an element
                }
                self.expr(x);
                self.expr(i);
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.expr(x);
                for b in [lo, hi, max].into_iter().flatten() {
                    self.expr(b);
                }
            }
            ExprKind::TypeAssert(x, _) => self.expr(x),
            ExprKind::Call { func, args, .. } => {
                let b = self.info.types.get(&func.id).map(|t| t.mode);
                if let (Some(Mode::Builtin(b @ (Builtin::Len | Builtin::Cap))), [a]) =
                    (b, &args[..])
                    && let Some(t) = self.tracked(a)
                {
                    t.ok += 1;
                    t.cap_used |= b == Builtin::Cap;
                }
                self.expr(func);
                for a in args {
                    self.expr(a);
                }
            }
            ExprKind::Unary(op, x) => {
                if *op == UnaryOp::Addr {
                    self.addr_of(x);
                    // &s[i] points into the backing store
                    if let ExprKind::Index(s, _) = &strip_parens(x).kind
                        && let Some(t) = self.tracked(s)
                    {
                        t.bad = true;
                    }
                }
                self.expr(x)
            }
            ExprKind::Binary(_, a, b) => {
                self.expr(a);
                self.expr(b);
            }
            ExprKind::KeyValue(a, b) => {
                self.expr(a);
                self.expr(b);
            }
        }
    }
}

pub fn method_has_ptr_recv(
    types: &TypeTable,
    recv_named: Option<crate::types::ty::TypeId>,
    name: &str,
) -> bool {
    recv_named
        .and_then(|t| types.named(t))
        .and_then(|n| n.methods.iter().find(|m| m.name == name))
        .is_some_and(|m| m.ptr_recv)
}
