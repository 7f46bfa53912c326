//! One REPL input as a package: the parsed items sorted into imports,
//! package-level declarations and the statements of the input's function,
//! with expression statements wrapped so that their values are printed.
//!
//! The AST built here is ordinary Go, so the checker and the compiler need
//! no REPL mode: an expression statement `e` becomes
//! `__gosub_fmt.Println(e)` (a hidden import of fmt), and the statements go
//! into a function `__gosub_main` (which tracebacks call `main.main`).

use crate::syntax::ast::{
    self, Block, Decl, Expr, ExprKind, FuncDecl, FuncType, Ident, ImportSpec, NodeIdGen, Span,
    Stmt, StmtKind,
};
use crate::syntax::parser::ReplItem;

/// The import name under which the REPL's own printing reaches fmt.
pub const FMT_ALIAS: &str = "__gosub_fmt";

/// The name of the function holding an input's statements. It is not a
/// name users write, so it can neither clash with their `main` nor be called
/// by them; the compiler names it `main.main` for tracebacks.
pub const INPUT_FUNC: &str = "__gosub_main";

/// An input sorted into its parts.
#[derive(Clone, Debug, Default)]
pub struct Parts {
    pub imports: Vec<ImportSpec>,
    /// `func`, `type` and `const` declarations (package level).
    pub decls: Vec<Decl>,
    /// Statements in order; a typed-in `var` declaration is a statement
    /// (it runs where it was typed, and its variables are promoted).
    pub stmts: Vec<Stmt>,
    /// The whole input's span.
    pub span: Span,
}

impl Parts {
    pub fn from_items(items: Vec<ReplItem>, span: Span) -> Parts {
        let mut p = Parts {
            span,
            ..Parts::default()
        };
        for item in items {
            match item {
                ReplItem::Import(i) => p.imports.push(i),
                ReplItem::Decl(d @ Decl::Var(..)) => {
                    let span = decl_span(&d);
                    p.stmts.push(Stmt {
                        kind: StmtKind::Decl(d),
                        span,
                    });
                }
                ReplItem::Decl(d) => p.decls.push(d),
                ReplItem::Stmt(s) => p.stmts.push(s),
            }
        }
        p
    }

    /// Indexes of the top-level expression statements that are calls or
    /// receives (they may have no value, so they are only printed once the
    /// checker said they have one).
    pub fn maybe_valueless(&self) -> Vec<usize> {
        let mut v = Vec::new();
        for (i, s) in self.stmts.iter().enumerate() {
            if let StmtKind::Expr(e) = &s.kind
                && matches!(unparen(e).kind, ExprKind::Call { .. })
            {
                v.push(i);
            }
        }
        v
    }
}

pub fn unparen(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => unparen(x),
        _ => e,
    }
}

fn decl_span(d: &Decl) -> Span {
    match d {
        Decl::Const(_, s) | Decl::Var(_, s) | Decl::Type(_, s) => *s,
        Decl::Func(f) => f.span,
    }
}

/// An identifier node.
pub fn ident(ids: &mut NodeIdGen, name: &str, span: Span) -> Ident {
    Ident {
        id: ids.fresh(),
        name: name.to_string(),
        span,
    }
}

fn expr(ids: &mut NodeIdGen, kind: ExprKind, span: Span) -> Expr {
    Expr {
        id: ids.fresh(),
        kind,
        span,
    }
}

/// `__gosub_fmt.Println(e)`.
pub fn show(ids: &mut NodeIdGen, e: Expr) -> Stmt {
    let span = e.span;
    let pkg_id = ident(ids, FMT_ALIAS, span);
    let pkg = expr(ids, ExprKind::Ident(pkg_id), span);
    let name = ident(ids, "Println", span);
    let sel = expr(ids, ExprKind::Selector(Box::new(pkg), name), span);
    let call = expr(
        ids,
        ExprKind::Call {
            func: Box::new(sel),
            args: vec![e],
            ellipsis: false,
        },
        span,
    );
    Stmt {
        kind: StmtKind::Expr(call),
        span,
    }
}

/// The hidden `import __gosub_fmt "fmt"`.
pub fn fmt_import(ids: &mut NodeIdGen, span: Span) -> ImportSpec {
    ImportSpec {
        name: Some(ident(ids, FMT_ALIAS, span)),
        path: "fmt".into(),
        span,
    }
}

/// The package file of an input: imports, declarations, and the input's
/// function. `show` says which statements to print (by index); statements
/// that are not calls are always printed.
pub fn build_file(
    ids: &mut NodeIdGen,
    file: u32,
    parts: &Parts,
    imports: &[ImportSpec],
    show_calls: &[usize],
) -> ast::File {
    let span = parts.span;
    let mut stmts = Vec::with_capacity(parts.stmts.len());
    for (i, s) in parts.stmts.iter().enumerate() {
        match &s.kind {
            StmtKind::Expr(e) => {
                let is_call = matches!(unparen(e).kind, ExprKind::Call { .. });
                if !is_call || show_calls.contains(&i) {
                    stmts.push(show(ids, e.clone()));
                } else {
                    stmts.push(s.clone());
                }
            }
            _ => stmts.push(s.clone()),
        }
    }
    let mut decls = parts.decls.clone();
    decls.push(Decl::Func(FuncDecl {
        recv: None,
        name: ident(
            ids,
            INPUT_FUNC,
            Span::new(file, span.lo as usize, span.lo as usize),
        ),
        sig: FuncType {
            params: vec![],
            results: vec![],
            variadic: false,
            span,
        },
        body: Some(Block { stmts, span }),
        span,
    }));
    let mut all_imports = imports.to_vec();
    all_imports.push(fmt_import(ids, Span::new(file, 0, 0)));
    ast::File {
        file,
        package: ident(ids, "main", Span::new(file, 0, 0)),
        imports: all_imports,
        decls,
    }
}

/// Names used as `name.X` in the input: candidates for automatic imports.
pub fn selector_bases(parts: &Parts) -> Vec<String> {
    let mut names = Vec::new();
    let mut visit = |e: &Expr| {
        if let ExprKind::Selector(x, _) = &e.kind
            && let ExprKind::Ident(id) = &x.kind
            && !names.contains(&id.name)
        {
            names.push(id.name.clone());
        }
    };
    for d in &parts.decls {
        super::walk::decl(d, &mut visit);
    }
    for s in &parts.stmts {
        super::walk::stmt(s, &mut visit);
    }
    names
}
