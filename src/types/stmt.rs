//! Statements and function bodies: blocks and scopes, expression
//! statements, sends, inc/dec, assignments, `go`/`defer`, `return`, branch
//! statements in their contexts, `if`, expression and type switches,
//! `select`, `for` and `for range` (Go 1.22 rules: ints, strings, slices,
//! arrays, pointers to arrays, maps, channels, and function iterators).

use super::call::CallKind;
use super::check::{Checker, FuncCtx, StmtCtx};
use super::expr::unparen;
use super::exprstring::expr_string;
use super::info::{ConstValue, ObjKind};
use super::operand::{OpMode, Operand};
use super::ty::{ObjId, Type, TypeId, TypeTable};
use crate::syntax::ast::{
    AssignOp, Block, BranchKind, ChanDir, Expr, ExprKind, FuncType, Param, Span, Stmt, StmtKind,
    UnaryOp,
};

impl<'a> Checker<'a> {
    /// Phase 5: the bodies of the package's functions and methods.
    pub(super) fn check_func_bodies(&mut self) {
        let funcs = self.funcs.clone();
        for (o, fi, fd) in funcs {
            let Some(body) = &fd.body else { continue };
            self.scope = self.file_scopes[fi];
            self.cur_decl = Some(o);
            let sig = self.obj(o).ty;
            self.func_body(fd.recv.as_ref(), &fd.sig, sig, body);
            self.cur_decl = None;
        }
        self.scope = self.pkg_scope;
    }

    /// A function literal's body, in the enclosing scope.
    pub fn func_lit_body(&mut self, ft: &'a FuncType, sig: TypeId, body: &'a Block) {
        self.func_body(None, ft, sig, body);
    }

    /// A function body: parameters and results in the function's scope, the
    /// statements, labels, and `missing return`.
    pub fn func_body(
        &mut self,
        recv: Option<&'a Param>,
        ft: &'a FuncType,
        sig: TypeId,
        body: &'a Block,
    ) {
        let s = self
            .signature(sig)
            .cloned()
            .unwrap_or(super::ty::Signature {
                params: vec![],
                results: vec![],
                variadic: false,
            });
        let saved_scope = self.scope;
        let fscope = self.new_scope(Some(self.scope));
        self.scope = fscope;
        if let Some(r) = recv {
            let rt = self
                .info
                .types
                .get(&r.ty.id)
                .map(|tv| tv.ty)
                .unwrap_or(TypeTable::INVALID);
            for n in &r.names {
                self.declare_param(n, rt);
            }
        }
        let mut pi = 0;
        for p in &ft.params {
            for (j, n) in p.names.iter().enumerate() {
                let t = s.params.get(pi + j).copied().unwrap_or(TypeTable::INVALID);
                let o = self.declare_param(n, t);
                self.spell_declared(o, &p.ty);
            }
            pi += p.names.len().max(1);
        }
        let mut named = Vec::new();
        let mut ri = 0;
        let mut result_vars = Vec::new();
        for p in &ft.results {
            for (j, n) in p.names.iter().enumerate() {
                let t = s.results.get(ri + j).copied().unwrap_or(TypeTable::INVALID);
                let o = self.declare_param(n, t);
                named.push(o);
                result_vars.push(o);
            }
            if p.names.is_empty() {
                let t = s.results.get(ri).copied().unwrap_or(TypeTable::INVALID);
                let o = self.new_obj(
                    ObjKind::Var {
                        global: false,
                        field: false,
                    },
                    "",
                    t,
                    p.span,
                );
                result_vars.push(o);
            }
            ri += p.names.len().max(1);
        }
        let saved_func = self.func.replace(FuncCtx {
            results: s.results.clone(),
            named_results: named,
            scope: fscope,
        });
        let saved_rv = std::mem::replace(&mut self.result_vars, result_vars);
        let first_local = self.local_vars.len();
        self.stmt_list(&body.stmts, StmtCtx::default());
        self.check_labels(body);
        self.check_gotos(body);
        if !s.results.is_empty() && !self.is_terminating_list(&body.stmts, "") {
            let mut at = body.span;
            if at.hi > at.lo {
                at.lo = at.hi - 1;
            }
            self.error(at, "missing return");
        }
        self.report_unused(first_local);
        self.result_vars = saved_rv;
        self.func = saved_func;
        self.scope = saved_scope;
    }

    fn declare_param(&mut self, n: &'a crate::syntax::ast::Ident, t: TypeId) -> ObjId {
        let o = self.new_obj(
            ObjKind::Var {
                global: false,
                field: false,
            },
            &n.name,
            t,
            n.span,
        );
        self.info.defs.insert(n.id, o);
        self.declare(&n.name, o, n.span);
        o
    }

    pub fn stmt_list(&mut self, list: &'a [Stmt], ctx: StmtCtx) {
        let ok = ctx.fallthrough_ok;
        let mut inner = ctx;
        inner.fallthrough_ok = false;
        let mut n = list.len();
        while n > 0 && matches!(list[n - 1].kind, StmtKind::Empty) {
            n -= 1;
        }
        for (i, s) in list.iter().enumerate() {
            let mut c = inner;
            if ok && i + 1 == n {
                c.fallthrough_ok = true;
            }
            self.stmt(s, c);
        }
    }

    fn simple_stmt(&mut self, s: Option<&'a Stmt>) {
        if let Some(s) = s {
            self.stmt(s, StmtCtx::default());
        }
    }

    /// One statement.
    pub fn stmt(&mut self, s: &'a Stmt, ctx: StmtCtx) {
        let mut inner = ctx;
        inner.fallthrough_ok = false;
        inner.final_switch_case = false;
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Decl(d) => self.local_decl(d),
            StmtKind::Labeled(_, st) => self.stmt(st, ctx),
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Send { chan, value } => {
                let ch = self.expr(chan);
                let mut v = self.expr(value);
                if ch.mode == OpMode::Invalid || v.mode == OpMode::Invalid {
                    return;
                }
                match self.types.under(ch.ty).clone() {
                    Type::Chan { dir, elem } => {
                        if dir == ChanDir::Recv {
                            let cs = self.op_str(&ch);
                            let ts = self.type_str(ch.ty);
                            self.error(s.span, format!("invalid operation: cannot send to receive-only channel {ts} {cs}"));
                            return;
                        }
                        self.assignment(&mut v, Some(elem), "send");
                    }
                    _ => {
                        let cs = self.op_str(&ch);
                        let ts = self.type_str(ch.ty);
                        self.error(
                            s.span,
                            format!("invalid operation: cannot send to non-channel {ts} {cs}"),
                        );
                    }
                }
            }
            StmtKind::IncDec { target, inc } => {
                let x = self.expr(target);
                if x.mode == OpMode::Invalid {
                    return;
                }
                if !self.is_numeric(x.ty) {
                    let op = if *inc { "++" } else { "--" };
                    let ts = self.type_str(x.ty);
                    self.error(
                        target.span,
                        format!(
                            "invalid operation: {}{op} (non-numeric type {ts})",
                            expr_string(target)
                        ),
                    );
                    return;
                }
                let was_used = self.ident_var(target).map(|o| self.used.contains(&o));
                self.lhs_var(target);
                if let (Some(true), Some(o)) = (was_used, self.ident_var(target)) {
                    self.used.insert(o);
                }
            }
            StmtKind::Assign { lhs, op, rhs } => match op {
                AssignOp::Define => self.short_var_decl(s.span, lhs, rhs),
                AssignOp::Assign => {
                    if lhs.is_empty() || rhs.is_empty() {
                        return;
                    }
                    self.assign_vars(lhs, rhs);
                }
                AssignOp::Op(bop) => {
                    if lhs.len() != 1 || rhs.len() != 1 {
                        self.error(
                            s.span,
                            format!(
                                "assignment operation {}= requires single-valued expressions",
                                bop.as_str()
                            ),
                        );
                        return;
                    }
                    let x = self.expr(&lhs[0]);
                    let y = self.expr(&rhs[0]);
                    let mut r = self.binary_operands(None, *bop, x, y, &lhs[0], &rhs[0]);
                    if r.mode == OpMode::Invalid {
                        return;
                    }
                    if r.expr.is_none() {
                        r.expr = Some(&lhs[0]);
                    }
                    let was_used = self.ident_var(&lhs[0]).map(|o| self.used.contains(&o));
                    self.assign_var(&lhs[0], None, Some(r), "assignment");
                    if let (Some(true), Some(o)) = (was_used, self.ident_var(&lhs[0])) {
                        self.used.insert(o);
                    }
                }
            },
            StmtKind::Go(e) => self.suspended_call("go", e),
            StmtKind::Defer(e) => self.suspended_call("defer", e),
            StmtKind::Return(results) => self.return_stmt(s.span, results),
            StmtKind::Branch { kind, label } => match kind {
                BranchKind::Break => {
                    if label.is_none() && !ctx.break_ok {
                        self.branch_error(s.span, "break is not in a loop, switch, or select");
                    }
                }
                BranchKind::Continue => {
                    if label.is_none() && !ctx.continue_ok {
                        self.branch_error(s.span, "continue is not in a loop");
                    }
                }
                BranchKind::Fallthrough => {
                    if !ctx.fallthrough_ok {
                        let msg = if ctx.final_switch_case {
                            "cannot fallthrough final case in switch"
                        } else if ctx.in_type_switch {
                            "cannot fallthrough in type switch"
                        } else {
                            "fallthrough statement out of place"
                        };
                        self.error(s.span, msg);
                    }
                }
                BranchKind::Goto => {}
            },
            StmtKind::Block(b) => {
                self.open_scope();
                self.stmt_list(&b.stmts, inner);
                self.close_scope();
            }
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.open_scope();
                self.simple_stmt(init.as_deref());
                let x = self.expr(cond);
                if x.mode != OpMode::Invalid && !self.is_boolean(x.ty) {
                    self.error(cond.span, "non-boolean condition in if statement");
                }
                self.open_scope();
                self.stmt_list(&then.stmts, inner);
                self.close_scope();
                if let Some(e) = els {
                    self.stmt(e, inner);
                }
                self.close_scope();
            }
            StmtKind::Switch { init, tag, clauses } => {
                inner.break_ok = true;
                self.open_scope();
                self.simple_stmt(init.as_deref());
                self.switch_stmt(s, tag.as_ref(), clauses, inner);
                self.close_scope();
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                subject,
                clauses,
            } => {
                inner.break_ok = true;
                inner.in_type_switch = true;
                self.open_scope();
                self.simple_stmt(init.as_deref());
                self.type_switch_stmt(bind.as_ref(), subject, clauses, inner);
                self.close_scope();
            }
            StmtKind::Select(clauses) => {
                inner.break_ok = true;
                for c in clauses {
                    if let Some(comm) = &c.comm {
                        let valid = match &comm.kind {
                            StmtKind::Send { .. } => true,
                            StmtKind::Expr(e) => is_recv(e),
                            StmtKind::Assign { rhs, op, .. } => {
                                matches!(op, AssignOp::Assign | AssignOp::Define)
                                    && rhs.len() == 1
                                    && is_recv(&rhs[0])
                            }
                            _ => false,
                        };
                        if !valid {
                            // At the statement's position as Go's syntax
                            // tree has it: an expression statement's is its
                            // expression's, which for a call is the `(`.
                            let at = match &comm.kind {
                                StmtKind::Expr(Expr {
                                    kind: ExprKind::Call { func, .. },
                                    ..
                                }) => Span {
                                    lo: func.span.hi,
                                    hi: func.span.hi + 1,
                                    ..func.span
                                },
                                _ => comm.span,
                            };
                            self.error(
                                at,
                                "select case must be send or receive (possibly with assignment)",
                            );
                            continue;
                        }
                    }
                    self.open_scope();
                    if let Some(comm) = &c.comm {
                        self.stmt(comm, inner);
                    }
                    self.stmt_list(&c.body, inner);
                    self.close_scope();
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                inner.break_ok = true;
                inner.continue_ok = true;
                self.open_scope();
                self.simple_stmt(init.as_deref());
                if let Some(c) = cond {
                    let x = self.expr(c);
                    if x.mode != OpMode::Invalid && !self.is_boolean(x.ty) {
                        self.error(c.span, "non-boolean condition in for statement");
                    }
                }
                if let Some(p) = post {
                    if let StmtKind::Assign {
                        op: AssignOp::Define,
                        ..
                    } = p.kind
                    {
                        self.error(p.span, "cannot declare in post statement of for loop");
                    }
                    self.simple_stmt(Some(p));
                }
                self.open_scope();
                self.stmt_list(&body.stmts, inner);
                self.close_scope();
                self.close_scope();
            }
            StmtKind::Range {
                key,
                value,
                define,
                expr,
                body,
            } => {
                inner.break_ok = true;
                inner.continue_ok = true;
                self.range_stmt(s, key.as_ref(), value.as_ref(), *define, expr, body, inner);
            }
        }
    }

    /// The local variable an identifier expression denotes, if any.
    fn ident_var(&self, e: &Expr) -> Option<ObjId> {
        if let ExprKind::Ident(id) = &unparen(e).kind {
            let o = self.lookup(&id.name)?;
            if matches!(self.obj(o).kind, ObjKind::Var { .. }) {
                return Some(o);
            }
        }
        None
    }

    /// An expression statement: calls and receives only.
    fn expr_stmt(&mut self, e: &'a Expr) {
        let x = self.raw_expr(e, None);
        let msg = match x.mode {
            OpMode::Invalid => return,
            OpMode::Builtin(_) => "must be called",
            OpMode::TypeExpr => "is not an expression",
            _ => {
                let inner = unparen(e);
                let kind = match &inner.kind {
                    ExprKind::Call { .. } => self.call_kind(inner),
                    ExprKind::Unary(UnaryOp::Recv, _) => CallKind::Statement,
                    _ => CallKind::Expression,
                };
                if kind == CallKind::Statement {
                    return;
                }
                "is not used"
            }
        };
        let s = self.op_str(&x);
        self.error(e.span, format!("{s} {msg}"));
    }

    /// `go f(x)` / `defer f(x)`.
    fn suspended_call(&mut self, kw: &str, e: &'a Expr) {
        if !matches!(e.kind, ExprKind::Call { .. }) {
            self.error(e.span, format!("expression in {kw} must be function call"));
            self.raw_expr(e, None);
            return;
        }
        let x = self.raw_expr(e, None);
        if x.mode == OpMode::Invalid {
            return;
        }
        match self.call_kind(e) {
            CallKind::Conversion => {
                let s = self.op_str(&x);
                self.error(
                    e.span,
                    format!("{kw} requires function call, not conversion {s}"),
                );
            }
            CallKind::Expression => {
                let s = self.op_str(&x);
                self.error(e.span, format!("{kw} discards result of {s}"));
            }
            CallKind::Statement => {}
        }
    }

    /// `return`, `return x, y`.
    fn return_stmt(&mut self, span: Span, results: &'a [Expr]) {
        let Some(f) = self.func.clone() else { return };
        if results.is_empty() && !f.results.is_empty() && !f.named_results.is_empty() {
            for &o in &f.named_results {
                let name = self.obj(o).name.clone();
                if name == "_" {
                    continue;
                }
                if let Some(alt) = self.lookup(&name)
                    && alt != o
                {
                    let p = self.pos_string(self.obj(alt).span);
                    let ts = self.type_str(self.obj(alt).ty);
                    self.error(span, format!("result parameter {name} not in scope at return\n\t{p}: inner declaration of var {name} {ts}"));
                }
            }
            return;
        }
        if results.is_empty() && f.results.is_empty() {
            return;
        }
        let lhs = self.result_vars.clone();
        self.init_vars(&lhs, results, true, Some(span));
    }

    /// `switch x { case a, b: ... }`.
    fn switch_stmt(
        &mut self,
        s: &'a Stmt,
        tag: Option<&'a Expr>,
        clauses: &'a [crate::syntax::ast::CaseClause],
        inner: StmtCtx,
    ) {
        let x = match tag {
            Some(t) => {
                let mut x = self.expr(t);
                self.assignment(&mut x, None, "switch expression");
                if x.mode != OpMode::Invalid && !self.comparable(x.ty) && !self.has_nil(x.ty) {
                    let xs = self.op_str(&x);
                    self.error(t.span, format!("cannot switch on {xs}"));
                    x.mode = OpMode::Invalid;
                }
                x
            }
            None => Operand {
                mode: OpMode::Constant,
                ty: TypeTable::BOOL,
                val: Some(ConstValue::Bool(true)),
                expr: None,
            },
        };
        let mut first_default: Option<Span> = None;
        let mut seen: Vec<(ConstValue, TypeId, Span)> = Vec::new();
        for (i, c) in clauses.iter().enumerate() {
            match &c.exprs {
                None => {
                    if let Some(f) = first_default {
                        let p = self.pos_string(f);
                        self.error(c.span, format!("multiple defaults (first at {p})"));
                    } else {
                        first_default = Some(c.span);
                    }
                }
                Some(exprs) => self.case_values(&x, exprs, &mut seen, s),
            }
            self.open_scope();
            let mut ci = inner;
            if i + 1 < clauses.len() {
                ci.fallthrough_ok = true;
            } else {
                ci.final_switch_case = true;
            }
            self.stmt_list(&c.body, ci);
            self.close_scope();
        }
    }

    fn case_values(
        &mut self,
        x: &Operand<'a>,
        values: &'a [Expr],
        seen: &mut Vec<(ConstValue, TypeId, Span)>,
        _s: &'a Stmt,
    ) {
        for e in values {
            let mut v = self.expr(e);
            if x.mode == OpMode::Invalid || v.mode == OpMode::Invalid {
                continue;
            }
            self.convert_untyped(&mut v, x.ty);
            if v.mode == OpMode::Invalid {
                continue;
            }
            if let Some((_, cause)) = self.comparison_error(crate::syntax::ast::BinaryOp::Eq, &v, x)
            {
                let xs = x.expr.map(expr_string).unwrap_or_else(|| "true".into());
                self.error(
                    e.span,
                    format!(
                        "invalid case {} in switch on {xs} ({cause})",
                        expr_string(e)
                    ),
                );
                continue;
            }
            if let Some(xe) = x.expr {
                let _ = xe;
            }
            if v.mode != OpMode::Constant {
                if let Some(ve) = v.expr {
                    let d = self.default_type(v.ty);
                    self.update_expr_type(ve, d, true);
                }
                continue;
            }
            if let Some(val) = v.val.clone() {
                if let Some((_, _, prev)) =
                    seen.iter().find(|(pv, pt, _)| *pv == val && *pt == v.ty)
                {
                    let p = self.pos_string(*prev);
                    let vs = self.op_str(&v);
                    self.error(
                        e.span,
                        format!("duplicate case {vs} in expression switch\n\t{p}: previous case"),
                    );
                    continue;
                }
                seen.push((val, v.ty, e.span));
            }
        }
    }

    /// `switch x := y.(type) { case T: ... }`.
    fn type_switch_stmt(
        &mut self,
        bind: Option<&'a crate::syntax::ast::Ident>,
        subject: &'a Expr,
        clauses: &'a [crate::syntax::ast::TypeCaseClause],
        inner: StmtCtx,
    ) {
        let mut bind = bind;
        if let Some(b) = bind
            && b.name == "_"
        {
            self.error(b.span, "no new variable on left side of :=");
            bind = None;
        }
        let x = self.expr(subject);
        let sx = if x.mode == OpMode::Invalid {
            None
        } else if self.is_interface(x.ty) {
            Some(x.clone())
        } else {
            let xs = self.op_str(&x);
            self.error(subject.span, format!("{xs} is not an interface"));
            None
        };
        let mut first_default: Option<Span> = None;
        let mut seen: Vec<(Option<TypeId>, Span)> = Vec::new();
        let mut bind_objs = Vec::new();
        for c in clauses {
            let mut t: Option<TypeId> = None;
            let mut n = 0;
            match &c.types {
                None => {
                    if let Some(f) = first_default {
                        let p = self.pos_string(f);
                        self.error(c.span, format!("multiple defaults (first at {p})"));
                    } else {
                        first_default = Some(c.span);
                    }
                }
                Some(types) => {
                    n = types.len();
                    for te in types {
                        let is_nil = matches!(&unparen(te).kind, ExprKind::Ident(id) if id.name == "nil" && self.lookup("nil").is_some_and(|o| matches!(self.obj(o).kind, ObjKind::Nil)));
                        let tt = if is_nil {
                            self.expr(te);
                            None
                        } else {
                            let tt = self.typ(te);
                            if tt == TypeTable::INVALID {
                                t = Some(TypeTable::INVALID);
                                continue;
                            }
                            Some(tt)
                        };
                        t = tt;
                        if let Some((_, prev)) = seen.iter().find(|(st, _)| *st == tt) {
                            let p = self.pos_string(*prev);
                            let ts = tt.map(|t| self.type_str(t)).unwrap_or_else(|| "nil".into());
                            self.error(
                                te.span,
                                format!("duplicate case {ts} in type switch\n\t{p}: previous case"),
                            );
                            continue;
                        }
                        seen.push((tt, te.span));
                        if let (Some(sx), Some(tt)) = (&sx, tt) {
                            self.type_assertion(te, sx, tt, true);
                        }
                    }
                }
            }
            self.open_scope();
            if let Some(b) = bind {
                let ct = match t {
                    Some(tt) if n == 1 && tt != TypeTable::INVALID => tt,
                    _ => sx.as_ref().map(|s| s.ty).unwrap_or(TypeTable::INVALID),
                };
                let span = c.bind.as_ref().map(|i| i.span).unwrap_or(b.span);
                let o = self.new_obj(
                    ObjKind::Var {
                        global: false,
                        field: false,
                    },
                    &b.name,
                    ct,
                    span,
                );
                if let Some(cb) = &c.bind {
                    self.info.defs.insert(cb.id, o);
                }
                self.declare(&b.name, o, b.span);
                bind_objs.push(o);
            }
            self.stmt_list(&c.body, inner);
            self.close_scope();
        }
        // go/types: the symbolic variable `x` of `switch x := y.(type)` must
        // be used in some clause; reported right after the switch.
        if let Some(b) = bind
            && !self.is_lib
            && !self.opts.allow_unused
            && !bind_objs.iter().any(|o| self.used.contains(o))
        {
            self.error(b.span, format!("{} declared and not used", b.name));
        }
    }

    /// `for k, v := range x { ... }`.
    #[allow(clippy::too_many_arguments)]
    fn range_stmt(
        &mut self,
        s: &'a Stmt,
        key: Option<&'a Expr>,
        value: Option<&'a Expr>,
        define: bool,
        xe: &'a Expr,
        body: &'a Block,
        inner: StmtCtx,
    ) {
        let mut x = self.expr(xe);
        let mut kv: (Option<TypeId>, Option<TypeId>) = (None, None);
        let mut range_over_int = false;
        if x.mode != OpMode::Invalid {
            match self.range_key_val(x.ty) {
                Some((k, v)) => {
                    if value.is_some() && v.is_none() {
                        let xs = self.op_str(&x);
                        self.error(
                            value.map(|v| v.span).unwrap_or(s.span),
                            format!("range over {xs} permits only one iteration variable"),
                        );
                    }
                    range_over_int = self.is_integer(x.ty);
                    kv = (k, v);
                }
                None => {
                    let xs = self.op_str(&x);
                    let cause = match self.types.under(x.ty) {
                        Type::Chan {
                            dir: ChanDir::Send, ..
                        } => format!(": receive from send-only channel {}", self.type_str(x.ty)),
                        Type::Func(_) => format!(": {}", self.range_func_cause(x.ty)),
                        _ => String::new(),
                    };
                    self.error(xe.span, format!("cannot range over {xs}{cause}"));
                }
            }
        }
        self.open_scope();
        let lhs = [key, value];
        let rhs = [kv.0, kv.1];
        if define {
            let mut vars = Vec::new();
            for i in 0..2 {
                let Some(l) = lhs[i] else { continue };
                let ExprKind::Ident(id) = &l.kind else {
                    self.error(l.span, format!("cannot declare {}", expr_string(l)));
                    continue;
                };
                let o = self.new_obj(
                    ObjKind::Var {
                        global: false,
                        field: false,
                    },
                    &id.name,
                    TypeTable::INVALID,
                    id.span,
                );
                self.info.defs.insert(id.id, o);
                if id.name != "_" {
                    vars.push((o, id));
                }
                let Some(t) = rhs[i] else {
                    self.used.insert(o);
                    continue;
                };
                if t == TypeTable::INVALID {
                    self.used.insert(o);
                    continue;
                }
                if range_over_int {
                    self.init_var(o, &mut x, false, "range clause");
                } else {
                    let mut y = Operand {
                        mode: OpMode::Value,
                        ty: t,
                        val: None,
                        expr: Some(l),
                    };
                    self.init_var(o, &mut y, false, "assignment");
                    if let Some(s) = self.spelled_range_var(&x, i) {
                        self.spelled_objs.insert(o, s);
                    }
                }
                // the identifier's own type
                let ot = self.obj(o).ty;
                self.info.types.insert(
                    l.id,
                    super::info::TypeAndValue {
                        mode: super::info::Mode::Variable,
                        ty: ot,
                        value: None,
                    },
                );
            }
            if vars.is_empty() && (key.is_some() || value.is_some()) {
                self.error(s.span, "no new variables on left side of :=");
            }
            for (o, id) in vars {
                if self.declare(&id.name, o, id.span) {
                    self.local_vars.push((o, self.scope));
                }
            }
        } else if key.is_some() {
            for i in 0..2 {
                let Some(l) = lhs[i] else { continue };
                let Some(t) = rhs[i] else { continue };
                if t == TypeTable::INVALID {
                    continue;
                }
                if range_over_int {
                    let xx = x.clone();
                    self.assign_var(l, None, Some(xx), "range clause");
                } else {
                    let y = Operand {
                        mode: OpMode::Value,
                        ty: t,
                        val: None,
                        expr: Some(l),
                    };
                    self.assign_var(l, None, Some(y), "assignment");
                }
            }
        } else if range_over_int {
            self.assignment(&mut x, None, "range clause");
        }
        self.open_scope();
        self.stmt_list(&body.stmts, inner);
        self.close_scope();
        self.close_scope();
    }

    /// The key and value types of ranging over `t`.
    fn range_key_val(&self, t: TypeId) -> Option<(Option<TypeId>, Option<TypeId>)> {
        let mut u = self.types.underlying(t);
        if let Type::Pointer(p) = self.types.get(u)
            && let Type::Array { .. } = self.types.under(*p)
        {
            u = self.types.underlying(*p);
        }
        match self.types.get(u) {
            Type::Basic(_) if self.is_string(u) => {
                Some((Some(TypeTable::INT), Some(TypeTable::INT32)))
            }
            Type::Basic(_) if self.is_integer(u) => Some((Some(t), None)),
            Type::Array { elem, .. } | Type::Slice(elem) => {
                Some((Some(TypeTable::INT), Some(*elem)))
            }
            Type::Map { key, elem } => Some((Some(*key), Some(*elem))),
            Type::Chan { dir, elem } => {
                if *dir == ChanDir::Send {
                    None
                } else {
                    Some((Some(*elem), None))
                }
            }
            Type::Func(sig) => {
                // func(yield func(K, V) bool)
                if sig.params.len() != 1 || !sig.results.is_empty() {
                    return None;
                }
                let Type::Func(y) = self.types.under(sig.params[0]) else {
                    return None;
                };
                if y.results.len() != 1 || !self.is_boolean(y.results[0]) || y.params.len() > 2 {
                    return None;
                }
                Some((y.params.first().copied(), y.params.get(1).copied()))
            }
            _ => None,
        }
    }

    /// Why `range` cannot iterate over a function of type `t`, in go/types'
    /// words (`rangeKeyVal`).
    fn range_func_cause(&self, t: TypeId) -> String {
        let Type::Func(sig) = self.types.under(t) else {
            return String::new();
        };
        let why = if sig.params.len() != 1 {
            "wrong argument count"
        } else if !sig.results.is_empty() {
            "wrong result count"
        } else {
            match self.types.under(sig.params[0]) {
                Type::Func(y) if y.params.len() > 2 => "yield func has too many parameters",
                Type::Func(y) if y.results.len() == 1 && self.is_boolean(y.results[0]) => {
                    "yield func returns user-defined boolean, not bool"
                }
                Type::Func(_) => "yield func does not return bool",
                _ => "argument is not func",
            }
        };
        format!("func must be func(yield func(...) bool): {why}")
    }
}

fn is_recv(e: &Expr) -> bool {
    matches!(unparen(e).kind, ExprKind::Unary(UnaryOp::Recv, _))
}
