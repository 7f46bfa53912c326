//! Printing expressions as `go/ast`'s `ExprString` does, for diagnostics:
//! `x + y`, `T{…}`, `(func() literal)`, `f(a, b...)`, `[]int`.

use crate::syntax::ast::{ChanDir, Expr, ExprKind, FuncType, InterfaceElem, TypeExpr};

pub fn expr_string(e: &Expr) -> String {
    let mut s = String::new();
    write_expr(&mut s, e);
    s
}

fn write_list(s: &mut String, list: &[Expr]) {
    for (i, e) in list.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        write_expr(s, e);
    }
}

pub fn write_expr(s: &mut String, e: &Expr) {
    match &e.kind {
        ExprKind::Ident(id) => s.push_str(&id.name),
        ExprKind::BasicLit { raw, .. } => s.push_str(raw),
        ExprKind::CompositeLit { ty, elts, .. } => {
            if let Some(t) = ty {
                write_expr(s, t);
            }
            s.push('{');
            if !elts.is_empty() {
                s.push('…');
            }
            s.push('}');
        }
        ExprKind::FuncLit { sig, .. } => {
            s.push('(');
            write_func_type(s, sig);
            s.push_str(" literal)");
        }
        ExprKind::Paren(x) => {
            s.push('(');
            write_expr(s, x);
            s.push(')');
        }
        ExprKind::Selector(x, sel) => {
            write_expr(s, x);
            s.push('.');
            s.push_str(&sel.name);
        }
        ExprKind::Index(x, i) => {
            write_expr(s, x);
            s.push('[');
            write_expr(s, i);
            s.push(']');
        }
        ExprKind::Slice {
            x,
            lo,
            hi,
            max,
            three,
        } => {
            write_expr(s, x);
            s.push('[');
            if let Some(lo) = lo {
                write_expr(s, lo);
            }
            s.push(':');
            if let Some(hi) = hi {
                write_expr(s, hi);
            }
            if *three {
                s.push(':');
                if let Some(m) = max {
                    write_expr(s, m);
                }
            }
            s.push(']');
        }
        ExprKind::TypeAssert(x, t) => {
            write_expr(s, x);
            s.push_str(".(");
            match t {
                Some(t) => write_expr(s, t),
                None => s.push_str("type"),
            }
            s.push(')');
        }
        ExprKind::Call {
            func,
            args,
            ellipsis,
        } => {
            write_expr(s, func);
            s.push('(');
            write_list(s, args);
            if *ellipsis {
                s.push_str("...");
            }
            s.push(')');
        }
        ExprKind::Star(x) => {
            s.push('*');
            write_expr(s, x);
        }
        ExprKind::Unary(op, x) => {
            s.push_str(op.as_str());
            write_expr(s, x);
        }
        ExprKind::Binary(op, x, y) => {
            write_expr(s, x);
            s.push(' ');
            s.push_str(op.as_str());
            s.push(' ');
            write_expr(s, y);
        }
        ExprKind::KeyValue(k, v) => {
            write_expr(s, k);
            s.push_str(": ");
            write_expr(s, v);
        }
        ExprKind::TypeExpr(t) => write_type_expr(s, t),
    }
}

fn write_type_expr(s: &mut String, t: &TypeExpr) {
    match t {
        TypeExpr::Array { len, elem } => {
            s.push('[');
            match len {
                Some(l) => write_expr(s, l),
                None => s.push_str("..."),
            }
            s.push(']');
            write_expr(s, elem);
        }
        TypeExpr::Slice(e) => {
            s.push_str("[]");
            write_expr(s, e);
        }
        TypeExpr::Map(k, v) => {
            s.push_str("map[");
            write_expr(s, k);
            s.push(']');
            write_expr(s, v);
        }
        TypeExpr::Chan(dir, e) => {
            s.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            write_expr(s, e);
        }
        TypeExpr::Func(ft) => write_func_type(s, ft),
        TypeExpr::Struct(fields) => {
            s.push_str("struct{");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                for (j, n) in f.names.iter().enumerate() {
                    if j > 0 {
                        s.push_str(", ");
                    }
                    s.push_str(&n.name);
                }
                if !f.names.is_empty() {
                    s.push(' ');
                }
                write_expr(s, &f.ty);
            }
            s.push('}');
        }
        TypeExpr::Interface(elems) => {
            s.push_str("interface{");
            for (i, el) in elems.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                match el {
                    InterfaceElem::Method { name, sig } => {
                        s.push_str(&name.name);
                        write_sig(s, sig);
                    }
                    InterfaceElem::Embed(e) => write_expr(s, e),
                }
            }
            s.push('}');
        }
    }
}

fn write_func_type(s: &mut String, ft: &FuncType) {
    s.push_str("func");
    write_sig(s, ft);
}

fn write_sig(s: &mut String, ft: &FuncType) {
    s.push('(');
    write_params(s, &ft.params, ft.variadic);
    s.push(')');
    if ft.results.is_empty() {
        return;
    }
    s.push(' ');
    let paren = ft.results.len() > 1 || !ft.results[0].names.is_empty();
    if paren {
        s.push('(');
    }
    write_params(s, &ft.results, false);
    if paren {
        s.push(')');
    }
}

fn write_params(s: &mut String, params: &[crate::syntax::ast::Param], variadic: bool) {
    for (i, p) in params.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        for (j, n) in p.names.iter().enumerate() {
            if j > 0 {
                s.push_str(", ");
            }
            s.push_str(&n.name);
        }
        if !p.names.is_empty() {
            s.push(' ');
        }
        if variadic && i + 1 == params.len() {
            s.push_str("...");
        }
        write_expr(s, &p.ty);
    }
}
