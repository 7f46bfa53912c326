//! The Rust side of the grammar's actions: node construction with fresh
//! `NodeId`s, and the checks and fix-ups that an LR(1) grammar cannot do
//! itself, the way Go's own parser does them after parsing a superset:
//! grouping `a, b int` parameters, telling a type switch from an expression
//! switch, the shape of a composite literal's type, a `select` case's form.
//!
//! Errors found here are collected (the parse goes on) and reported with the
//! syntax error, if any.

use std::cell::RefCell;

use super::ast::*;
use crate::diag::Diagnostic;

/// What one parse produces: a file, or one REPL item.
pub enum Parsed {
    File(File),
    Imports(Vec<ImportSpec>),
    Decl(Decl),
    Stmt(Stmt),
    Decls(Vec<Decl>),
}

/// A parameter as parsed, before grouping: `T`, `name T`, `name ...T`, `...T`.
pub struct RawParam {
    pub name: Option<Ident>,
    pub ty: Expr,
    /// Where `...` is, for a variadic parameter.
    pub ellipsis: Option<Span>,
    pub span: Span,
}

/// A `case`/`default` clause before we know whether the switch is a type switch.
pub struct RawCase {
    pub exprs: Option<Vec<Expr>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

/// A `{ ... }` literal value: its elements and where its `{` is.
pub struct LitValue {
    pub elts: Vec<Element>,
    pub lbrace: Span,
}

/// Shared state of one parse, passed to every grammar action.
pub struct Ctx<'s> {
    pub file: u32,
    pub text: &'s str,
    ids: RefCell<NodeIdGen>,
    errors: RefCell<Vec<Diagnostic>>,
    /// `x.(type)` expressions not (yet) known to be a type switch guard.
    type_asserts: RefCell<Vec<Span>>,
    /// Offsets of the errors the scanner reported, to mark bad literals.
    lex_errors: Vec<usize>,
    /// Syntax errors the grammar recovered from (`!` in the grammar), with
    /// the offsets of the input skipped to recover.
    recovered: RefCell<Vec<(ParseError, usize, usize)>>,
}

/// A syntax error as lalrpop reports it.
pub type ParseError = lalrpop_util::ParseError<usize, crate::syntax::token::Tok, ()>;

impl<'s> Ctx<'s> {
    /// `lex_errors`: where the scanner reported errors in `text`.
    pub fn new(file: u32, text: &'s str, ids: NodeIdGen, lex_errors: Vec<usize>) -> Ctx<'s> {
        Ctx {
            file,
            text,
            ids: RefCell::new(ids),
            errors: RefCell::new(Vec::new()),
            type_asserts: RefCell::new(Vec::new()),
            lex_errors,
            recovered: RefCell::new(Vec::new()),
        }
    }

    /// A syntax error the grammar recovered from; reported in Go's words
    /// by the parser module, which has the tokens.
    pub fn recover(
        &self,
        lo: usize,
        e: lalrpop_util::ErrorRecovery<usize, crate::syntax::token::Tok, ()>,
        hi: usize,
    ) {
        self.recovered.borrow_mut().push((e.error, lo, hi));
    }

    /// Give back the id generator, the errors found by actions and the
    /// syntax errors recovered from.
    #[allow(clippy::type_complexity)]
    pub fn finish(self) -> (NodeIdGen, Vec<Diagnostic>, Vec<(ParseError, usize, usize)>) {
        let mut errors = self.errors.into_inner();
        for span in self.type_asserts.into_inner() {
            errors.push(Diagnostic::new(span, "use of .(type) outside type switch"));
        }
        (self.ids.into_inner(), errors, self.recovered.into_inner())
    }

    /// `x.(type)`: remembered until a type switch claims it as its guard.
    pub fn type_switch_assert(&self, lo: usize, x: Expr, hi: usize) -> Expr {
        let e = self.expr(lo, ExprKind::TypeAssert(Box::new(x), None), hi);
        self.type_asserts.borrow_mut().push(e.span);
        e
    }

    /// The expression of a `go` or `defer` statement. As Go's parser, only
    /// a parenthesized one is an error here (and the parentheses are
    /// dropped); that it must be a call is the type checker's rule.
    pub fn call_in(&self, keyword: &str, x: Expr) -> Expr {
        if let ExprKind::Paren(_) = &x.kind {
            self.error(
                x.span,
                format!("expression in {keyword} must not be parenthesized"),
            );
            let mut x = x;
            while let ExprKind::Paren(inner) = x.kind {
                x = *inner;
            }
            return x;
        }
        x
    }

    /// `x[lo:hi:max]`: both `hi` and `max` are required.
    #[allow(clippy::too_many_arguments)]
    pub fn slice3(
        &self,
        lo: usize,
        x: Expr,
        low: Option<Expr>,
        high: Option<Expr>,
        colon: usize,
        max: Option<Expr>,
        rbrack: usize,
        hi: usize,
    ) -> Expr {
        if high.is_none() {
            self.error(
                self.span(colon, colon + 1),
                "middle index required in 3-index slice",
            );
        } else if max.is_none() {
            self.error(
                self.span(rbrack, rbrack + 1),
                "final index required in 3-index slice",
            );
        }
        let kind = ExprKind::Slice {
            x: Box::new(x),
            lo: low.map(Box::new),
            hi: high.map(Box::new),
            max: max.map(Box::new),
            three: true,
        };
        self.expr(lo, kind, hi)
    }

    pub fn span(&self, lo: usize, hi: usize) -> Span {
        Span::new(self.file, lo, hi)
    }

    pub fn error(&self, span: Span, msg: impl Into<String>) {
        self.errors.borrow_mut().push(Diagnostic::new(span, msg));
    }

    fn fresh(&self) -> NodeId {
        self.ids.borrow_mut().fresh()
    }

    pub fn ident(&self, lo: usize, name: String, hi: usize) -> Ident {
        Ident {
            id: self.fresh(),
            name,
            span: self.span(lo, hi),
        }
    }

    /// A new identifier node for the same name and place (type switch binds).
    pub fn copy_ident(&self, ident: &Ident) -> Ident {
        Ident {
            id: self.fresh(),
            name: ident.name.clone(),
            span: ident.span,
        }
    }

    pub fn expr(&self, lo: usize, kind: ExprKind, hi: usize) -> Expr {
        Expr {
            id: self.fresh(),
            kind,
            span: self.span(lo, hi),
        }
    }

    pub fn ident_expr(&self, ident: Ident) -> Expr {
        Expr {
            id: self.fresh(),
            span: ident.span,
            kind: ExprKind::Ident(ident),
        }
    }

    pub fn lit(&self, lo: usize, kind: LitKind, raw: String, hi: usize) -> Expr {
        // Errors about a literal are reported inside it or, for a newline
        // in a string, just after it.
        let bad = self.lex_errors.iter().any(|&at| lo <= at && at <= hi);
        self.expr(lo, ExprKind::BasicLit { kind, raw, bad }, hi)
    }

    pub fn type_expr(&self, lo: usize, ty: TypeExpr, hi: usize) -> Expr {
        self.expr(lo, ExprKind::TypeExpr(Box::new(ty)), hi)
    }

    pub fn binary(&self, op: BinaryOp, x: Expr, y: Expr) -> Expr {
        let span = x.span.to(y.span);
        Expr {
            id: self.fresh(),
            kind: ExprKind::Binary(op, Box::new(x), Box::new(y)),
            span,
        }
    }

    /// `op x`. `<-chan T` written in expression position parses as a receive
    /// applied to `chan T`; turn it back into the channel type, as Go does.
    pub fn unary(&self, lo: usize, op: UnaryOp, x: Expr, hi: usize) -> Expr {
        if op == UnaryOp::Recv
            && let ExprKind::TypeExpr(ty) = x.kind
        {
            return self.type_expr(lo, recv_chan(*ty), hi);
        }
        self.expr(lo, ExprKind::Unary(op, Box::new(x)), hi)
    }

    /// `T{...}` (or `{...}` with `ty == None` inside another literal).
    pub fn composite(&self, lo: usize, ty: Option<Expr>, value: LitValue, hi: usize) -> Expr {
        if let Some(t) = &ty
            && !is_literal_type(t)
        {
            self.error(
                value.lbrace,
                "syntax error: unexpected {, expected expression",
            );
        }
        let kind = ExprKind::CompositeLit {
            ty: ty.map(Box::new),
            elts: value.elts,
            lbrace: value.lbrace,
        };
        self.expr(lo, kind, hi)
    }

    /// Group parsed parameters as Go does: if any has a name, the unnamed
    /// ones before it are names too (`a, b int`). Returns the params and
    /// whether the last one is variadic.
    pub fn params(&self, raw: Vec<RawParam>) -> (Vec<Param>, bool) {
        let count = raw.len();
        let variadic = raw.last().is_some_and(|p| p.ellipsis.is_some());
        for at in raw
            .iter()
            .take(count.saturating_sub(1))
            .filter_map(|p| p.ellipsis)
        {
            self.error(at, "can only use ... with final parameter");
        }
        if raw.iter().all(|p| p.name.is_none()) {
            let params = raw
                .into_iter()
                .map(|p| Param {
                    names: vec![],
                    ty: p.ty,
                    span: p.span,
                })
                .collect();
            return (params, variadic);
        }
        let mut params = Vec::new();
        let mut pending: Vec<Ident> = Vec::new();
        let mut pending_lo: Option<Span> = None;
        for p in raw {
            match (p.name, p.ty.kind) {
                (Some(name), kind) => {
                    pending.push(name);
                    let span = pending_lo.take().unwrap_or(p.span).to(p.span);
                    let ty = Expr {
                        id: p.ty.id,
                        kind,
                        span: p.ty.span,
                    };
                    params.push(Param {
                        names: std::mem::take(&mut pending),
                        ty,
                        span,
                    });
                }
                (None, ExprKind::Ident(ident)) if p.ellipsis.is_none() => {
                    pending_lo.get_or_insert(p.span);
                    pending.push(ident);
                }
                (None, kind) => {
                    self.error(p.span, "syntax error: missing parameter name");
                    let ty = Expr {
                        id: p.ty.id,
                        kind,
                        span: p.ty.span,
                    };
                    params.push(Param {
                        names: vec![],
                        ty,
                        span: p.span,
                    });
                }
            }
        }
        if let Some(last) = pending.last() {
            let at = Span {
                lo: last.span.hi,
                hi: last.span.hi + 1,
                ..last.span
            };
            self.error(at, "syntax error: missing parameter type");
        }
        (params, variadic)
    }

    pub fn func_type(
        &self,
        lo: usize,
        params: Vec<RawParam>,
        results: Vec<RawParam>,
        hi: usize,
    ) -> FuncType {
        let (params, variadic) = self.params(params);
        let (results, bad) = self.params(results);
        if bad {
            self.error(self.span(lo, hi), "can only use ... with final parameter");
        }
        FuncType {
            params,
            results,
            variadic,
            span: self.span(lo, hi),
        }
    }

    /// A single unnamed result type.
    pub fn result(&self, ty: Expr) -> Vec<RawParam> {
        let span = ty.span;
        vec![RawParam {
            name: None,
            ty,
            ellipsis: None,
            span,
        }]
    }

    /// The receiver of a method: exactly one parameter, at most one name.
    pub fn receiver(&self, lo: usize, raw: Vec<RawParam>, hi: usize) -> Option<Param> {
        let (mut params, _) = self.params(raw);
        match params.len() {
            0 => {
                self.error(self.span(lo, hi), "method has no receiver");
                None
            }
            1 if params[0].names.len() <= 1 => params.pop(),
            _ => {
                self.error(self.span(lo, hi), "method has multiple receivers");
                params.into_iter().next()
            }
        }
    }

    /// A simple statement used where Go wants an expression (an `if` or
    /// `for` condition, a `switch` tag).
    pub fn cond(&self, stmt: Stmt) -> Expr {
        match stmt.kind {
            StmtKind::Expr(e) => e,
            _ => {
                let text = self
                    .text
                    .get(stmt.span.lo as usize..stmt.span.hi as usize)
                    .unwrap_or("");
                let at = operator_position(&stmt, self.text);
                self.error(
                    Span {
                        lo: at,
                        hi: at + 1,
                        ..stmt.span
                    },
                    format!("syntax error: cannot use {text} as value"),
                );
                Expr {
                    id: self.fresh(),
                    kind: ExprKind::Ident(self.ident(0, "_".into(), 0)),
                    span: stmt.span,
                }
            }
        }
    }

    /// `switch init; tag {}`: a type switch if `tag` is `x := y.(type)` or
    /// `y.(type)`, else an expression switch.
    pub fn switch(&self, init: Option<Stmt>, tag: Option<Stmt>, clauses: Vec<RawCase>) -> StmtKind {
        let init = init.map(Box::new);
        let guard = tag.as_ref().and_then(type_switch_guard);
        if let Some((bind, subject, guard_span)) = guard {
            self.type_asserts.borrow_mut().retain(|s| *s != guard_span);
            let clauses = clauses
                .into_iter()
                .map(|c| TypeCaseClause {
                    types: c.exprs,
                    bind: bind.as_ref().map(|b| self.copy_ident(b)),
                    body: c.body,
                    span: c.span,
                })
                .collect();
            return StmtKind::TypeSwitch {
                init,
                bind,
                subject,
                clauses,
            };
        }
        let tag = tag.map(|t| self.cond(t));
        let clauses = clauses
            .into_iter()
            .map(|c| CaseClause {
                exprs: c.exprs,
                body: c.body,
                span: c.span,
            })
            .collect();
        StmtKind::Switch { init, tag, clauses }
    }

    /// A `select` case. That it is a send, a receive, or an assignment from
    /// one receive is the type checker's rule (types2), as in Go 1.27.
    pub fn comm_clause(&self, comm: Option<Stmt>, body: Vec<Stmt>, span: Span) -> CommClause {
        CommClause {
            comm: comm.map(Box::new),
            body,
            span,
        }
    }

    /// `for k, v := range x` (`define`) or `for k, v = range x`.
    pub fn range(&self, lhs: Vec<Expr>, define: bool, expr: Expr, body: Block) -> StmtKind {
        if lhs.len() > 2 {
            self.error(
                lhs[2].span,
                "range clause permits at most two iteration variables",
            );
        }
        let mut vars = lhs.into_iter();
        let key = vars.next();
        let value = vars.next();
        StmtKind::Range {
            key,
            value,
            define,
            expr,
            body,
        }
    }

    /// Number the specs of a const or var group (`iota`).
    pub fn number_specs(&self, mut specs: Vec<ValueSpec>) -> Vec<ValueSpec> {
        for (i, spec) in specs.iter_mut().enumerate() {
            spec.iota = i as u32;
        }
        specs
    }

    /// The value of an import path or struct tag literal.
    pub fn string_value(&self, raw: &str) -> String {
        unquote(raw)
    }
}

/// `<-` applied to a channel type written in expression position.
fn recv_chan(ty: TypeExpr) -> TypeExpr {
    match ty {
        TypeExpr::Chan(ChanDir::Both, elem) => TypeExpr::Chan(ChanDir::Recv, elem),
        // `<-chan <-chan T` parsed as `<-(chan<- (chan T))`: re-associate.
        TypeExpr::Chan(ChanDir::Send, mut elem) => {
            if let ExprKind::TypeExpr(inner) = &mut elem.kind
                && let TypeExpr::Chan(dir @ ChanDir::Both, _) = inner.as_mut()
            {
                *dir = ChanDir::Recv;
            }
            TypeExpr::Chan(ChanDir::Recv, elem)
        }
        other => other,
    }
}

/// Types that may precede a literal value `{`: names, `pkg.T`, array,
/// slice, map and struct types (Go's `isLiteralType`).
fn is_literal_type(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Ident(_) => true,
        ExprKind::Selector(x, _) => matches!(x.kind, ExprKind::Ident(_)),
        ExprKind::TypeExpr(t) => {
            matches!(
                **t,
                TypeExpr::Array { .. }
                    | TypeExpr::Slice(_)
                    | TypeExpr::Map(..)
                    | TypeExpr::Struct(_)
            )
        }
        _ => false,
    }
}

/// `x := y.(type)` or `y.(type)`: the bind, `y`, and the span of `y.(type)`.
fn type_switch_guard(stmt: &Stmt) -> Option<(Option<Ident>, Expr, Span)> {
    fn subject(e: &Expr) -> Option<(Expr, Span)> {
        match &e.kind {
            ExprKind::TypeAssert(x, None) => Some(((**x).clone(), e.span)),
            _ => None,
        }
    }
    match &stmt.kind {
        StmtKind::Expr(e) => subject(e).map(|(s, span)| (None, s, span)),
        StmtKind::Assign {
            lhs,
            op: AssignOp::Define,
            rhs,
        } if lhs.len() == 1 && rhs.len() == 1 => {
            let ExprKind::Ident(bind) = &lhs[0].kind else {
                return None;
            };
            subject(&rhs[0]).map(|(s, span)| (Some(bind.clone()), s, span))
        }
        _ => None,
    }
}

/// Where the operator of an assignment-like statement is (Go reports
/// `cannot use x := 1 as value` there); the statement start otherwise.
fn operator_position(stmt: &Stmt, text: &str) -> u32 {
    let after = match &stmt.kind {
        StmtKind::Assign { lhs, .. } => lhs.last().map(|e| e.span.hi),
        StmtKind::Send { chan, .. } => Some(chan.span.hi),
        StmtKind::IncDec { target, .. } => Some(target.span.hi),
        _ => None,
    };
    let Some(from) = after else {
        return stmt.span.lo;
    };
    let rest = text.get(from as usize..).unwrap_or("");
    let skipped = rest.len() - rest.trim_start().len();
    from + skipped as u32
}

/// The value of a Go string literal (interpreted or raw). Used for import
/// paths and struct tags; malformed escapes were reported by the lexer.
pub fn unquote(raw: &str) -> String {
    if let Some(body) = raw.strip_prefix('`') {
        return body.strip_suffix('`').unwrap_or(body).replace('\r', "");
    }
    let body = raw.strip_prefix('"').unwrap_or(raw);
    let body = body.strip_suffix('"').unwrap_or(body);
    let mut out = String::new();
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('a') => out.push('\x07'),
            Some('b') => out.push('\x08'),
            Some('f') => out.push('\x0c'),
            Some('v') => out.push('\x0b'),
            Some(d @ '0'..='7') => {
                let mut v = d.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    if let Some(x) = chars.next_if(|c| c.is_digit(8)) {
                        v = v * 8 + x.to_digit(8).unwrap_or(0);
                    }
                }
                out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
            }
            Some(k @ ('x' | 'u' | 'U')) => {
                let n = match k {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut v = 0u32;
                for _ in 0..n {
                    if let Some(x) = chars.next_if(|c| c.is_ascii_hexdigit()) {
                        v = v * 16 + x.to_digit(16).unwrap_or(0);
                    }
                }
                out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}
