//! A read-only walk over the expressions of declarations and statements,
//! calling a visitor on every expression node (outer before inner). The
//! REPL uses it to find `pkg.Name` uses for automatic imports.

use crate::syntax::ast::{
    Decl, Element, Expr, ExprKind, FieldDecl, FuncType, InterfaceElem, Stmt, StmtKind, TypeExpr,
};

pub fn decl(d: &Decl, f: &mut dyn FnMut(&Expr)) {
    match d {
        Decl::Const(specs, _) | Decl::Var(specs, _) => {
            for s in specs {
                if let Some(t) = &s.ty {
                    expr(t, f);
                }
                for v in &s.values {
                    expr(v, f);
                }
            }
        }
        Decl::Type(specs, _) => {
            for s in specs {
                expr(&s.ty, f);
            }
        }
        Decl::Func(fd) => {
            if let Some(r) = &fd.recv {
                expr(&r.ty, f);
            }
            func_type(&fd.sig, f);
            if let Some(b) = &fd.body {
                for s in &b.stmts {
                    stmt(s, f);
                }
            }
        }
    }
}

fn func_type(sig: &FuncType, f: &mut dyn FnMut(&Expr)) {
    for p in sig.params.iter().chain(sig.results.iter()) {
        expr(&p.ty, f);
    }
}

fn opt_stmt(s: &Option<Box<Stmt>>, f: &mut dyn FnMut(&Expr)) {
    if let Some(s) = s {
        stmt(s, f);
    }
}

fn stmts(list: &[Stmt], f: &mut dyn FnMut(&Expr)) {
    for s in list {
        stmt(s, f);
    }
}

pub fn stmt(s: &Stmt, f: &mut dyn FnMut(&Expr)) {
    match &s.kind {
        StmtKind::Decl(d) => decl(d, f),
        StmtKind::Empty | StmtKind::Branch { .. } => {}
        StmtKind::Labeled(_, s) => stmt(s, f),
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => expr(e, f),
        StmtKind::Send { chan, value } => {
            expr(chan, f);
            expr(value, f);
        }
        StmtKind::IncDec { target, .. } => expr(target, f),
        StmtKind::Assign { lhs, rhs, .. } => {
            for e in lhs.iter().chain(rhs.iter()) {
                expr(e, f);
            }
        }
        StmtKind::Return(es) => {
            for e in es {
                expr(e, f);
            }
        }
        StmtKind::Block(b) => stmts(&b.stmts, f),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => {
            opt_stmt(init, f);
            expr(cond, f);
            stmts(&then.stmts, f);
            opt_stmt(els, f);
        }
        StmtKind::Switch { init, tag, clauses } => {
            opt_stmt(init, f);
            if let Some(t) = tag {
                expr(t, f);
            }
            for c in clauses {
                for e in c.exprs.iter().flatten() {
                    expr(e, f);
                }
                stmts(&c.body, f);
            }
        }
        StmtKind::TypeSwitch {
            init,
            subject,
            clauses,
            ..
        } => {
            opt_stmt(init, f);
            expr(subject, f);
            for c in clauses {
                for e in c.types.iter().flatten() {
                    expr(e, f);
                }
                stmts(&c.body, f);
            }
        }
        StmtKind::Select(clauses) => {
            for c in clauses {
                opt_stmt(&c.comm, f);
                stmts(&c.body, f);
            }
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            opt_stmt(init, f);
            if let Some(c) = cond {
                expr(c, f);
            }
            opt_stmt(post, f);
            stmts(&body.stmts, f);
        }
        StmtKind::Range {
            key,
            value,
            expr: x,
            body,
            ..
        } => {
            for e in key.iter().chain(value.iter()) {
                expr(e, f);
            }
            expr(x, f);
            stmts(&body.stmts, f);
        }
    }
}

pub fn expr(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    f(e);
    match &e.kind {
        ExprKind::Ident(_) | ExprKind::BasicLit { .. } => {}
        ExprKind::CompositeLit { ty, elts, .. } => {
            if let Some(t) = ty {
                expr(t, f);
            }
            for Element { key, value } in elts {
                if let Some(k) = key {
                    expr(k, f);
                }
                expr(value, f);
            }
        }
        ExprKind::FuncLit { sig, body } => {
            func_type(sig, f);
            stmts(&body.stmts, f);
        }
        ExprKind::Paren(x)
        | ExprKind::Selector(x, _)
        | ExprKind::Star(x)
        | ExprKind::Unary(_, x) => expr(x, f),
        ExprKind::Index(a, b) | ExprKind::Binary(_, a, b) | ExprKind::KeyValue(a, b) => {
            expr(a, f);
            expr(b, f);
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            expr(x, f);
            for p in [lo, hi, max].into_iter().flatten() {
                expr(p, f);
            }
        }
        ExprKind::TypeAssert(x, t) => {
            expr(x, f);
            if let Some(t) = t {
                expr(t, f);
            }
        }
        ExprKind::Call { func, args, .. } => {
            expr(func, f);
            for a in args {
                expr(a, f);
            }
        }
        ExprKind::TypeExpr(t) => type_expr(t, f),
    }
}

fn type_expr(t: &TypeExpr, f: &mut dyn FnMut(&Expr)) {
    match t {
        TypeExpr::Array { len, elem } => {
            if let Some(l) = len {
                expr(l, f);
            }
            expr(elem, f);
        }
        TypeExpr::Slice(e) | TypeExpr::Chan(_, e) => expr(e, f),
        TypeExpr::Map(k, v) => {
            expr(k, f);
            expr(v, f);
        }
        TypeExpr::Func(sig) => func_type(sig, f),
        TypeExpr::Struct(fields) => {
            for FieldDecl { ty, .. } in fields {
                expr(ty, f);
            }
        }
        TypeExpr::Interface(elems) => {
            for el in elems {
                match el {
                    InterfaceElem::Method { sig, .. } => func_type(sig, f),
                    InterfaceElem::Embed(e) => expr(e, f),
                }
            }
        }
    }
}
