//! Type checker tests over whole programs:
//! - every program in `tests/testdata/check/ok/` (a copy of the shared
//!   conformance corpus) checks without errors, and the `Info` it produces
//!   keeps the compiler contract (every expression recorded, no untyped
//!   types left but `nil`);
//! - every program in `tests/testdata/check/bad/` produces exactly the
//!   diagnostics real Go 1.27 prints for it (`NAME.err`, made with
//!   `go build -gcflags=-e`, file renamed `x.go`).

use gosub::syntax::ast::*;
use gosub::syntax::source::SourceMap;
use gosub::types::info::Info;
use gosub::types::ty::{Type, TypeTable};
use gosub::types::{CheckOptions, check_program};
use std::path::Path;

fn check_text(
    name: &str,
    text: &str,
    test_mode: bool,
) -> (
    SourceMap,
    Result<gosub::types::Program, Vec<gosub::diag::Diagnostic>>,
) {
    let mut sources = SourceMap::default();
    let mut ids = NodeIdGen::default();
    let fid = sources.add(name, text);
    let file = match gosub::syntax::parser::parse_file(&sources, fid, &mut ids) {
        Ok(f) => f,
        Err(d) => return (sources, Err(d)),
    };
    let opts = CheckOptions {
        allow_unused: false,
        test_mode,
    };
    let r = check_program(&mut sources, vec![file], &mut ids, &opts);
    (sources, r)
}

fn go_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "go"))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

// ---------------------------------------------------------------------------
// The Info contract: every expression has a recorded type.

struct Walk<'i> {
    info: &'i Info,
    types: &'i TypeTable,
    missing: Vec<String>,
}

impl Walk<'_> {
    fn expr(&mut self, e: &Expr) {
        match self.info.types.get(&e.id) {
            None => {
                // `pkg` in `pkg.Name` is only a use.
                let is_pkg = matches!(&e.kind, ExprKind::Ident(id) if self.info.uses.get(&id.id).is_some_and(|&o| matches!(self.info.object(o).kind, gosub::types::info::ObjKind::PkgName(_))));
                if !is_pkg {
                    self.missing.push(format!(
                        "{:?} {}",
                        e.span,
                        gosub::types::exprstring::expr_string(e)
                    ));
                }
            }
            Some(tv) => {
                if let Type::Basic(k) = self.types.get(tv.ty)
                    && k.is_untyped() && tv.ty != TypeTable::UNTYPED_NIL {
                        self.missing.push(format!(
                            "untyped {:?} {}",
                            e.span,
                            gosub::types::exprstring::expr_string(e)
                        ));
                    }
            }
        }
        match &e.kind {
            ExprKind::Ident(_) | ExprKind::BasicLit { .. } => {}
            ExprKind::CompositeLit { ty, elts, .. } => {
                if let Some(t) = ty {
                    self.expr(t);
                }
                let st = matches!(
                    self.info.types.get(&e.id).map(|tv| self.types.under(tv.ty)),
                    Some(Type::Struct(_))
                ) || matches!(self.info.types.get(&e.id).map(|tv| self.types.under(tv.ty)), Some(Type::Pointer(p)) if matches!(self.types.under(*p), Type::Struct(_)));
                for el in elts {
                    let (k, v) = match (&el.key, &el.value.kind) {
                        (Some(k), _) => (Some(k), &el.value),
                        (None, ExprKind::KeyValue(k, v)) => (Some(&**k), &**v),
                        _ => (None, &el.value),
                    };
                    if let Some(k) = k
                        && !st {
                            self.expr(k);
                        }
                    self.expr(v);
                }
            }
            ExprKind::FuncLit { sig, body } => {
                self.func_type(sig);
                self.block(body);
            }
            ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary(_, x) => self.expr(x),
            ExprKind::Selector(x, _) => self.expr(x),
            ExprKind::Index(x, i) => {
                self.expr(x);
                self.expr(i);
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.expr(x);
                for i in [lo, hi, max].into_iter().flatten() {
                    self.expr(i);
                }
            }
            ExprKind::TypeAssert(x, t) => {
                self.expr(x);
                if let Some(t) = t {
                    self.expr(t);
                }
            }
            ExprKind::Call { func, args, .. } => {
                self.expr(func);
                for a in args {
                    self.expr(a);
                }
            }
            ExprKind::Binary(_, x, y) => {
                self.expr(x);
                self.expr(y);
            }
            ExprKind::KeyValue(k, v) => {
                self.expr(k);
                self.expr(v);
            }
            ExprKind::TypeExpr(t) => match &**t {
                TypeExpr::Array { len, elem } => {
                    if let Some(l) = len {
                        self.expr(l);
                    }
                    self.expr(elem);
                }
                TypeExpr::Slice(x) | TypeExpr::Chan(_, x) => self.expr(x),
                TypeExpr::Map(k, v) => {
                    self.expr(k);
                    self.expr(v);
                }
                TypeExpr::Func(ft) => self.func_type(ft),
                TypeExpr::Struct(fields) => {
                    for f in fields {
                        self.expr(&f.ty);
                    }
                }
                TypeExpr::Interface(elems) => {
                    for el in elems {
                        match el {
                            InterfaceElem::Method { sig, .. } => self.func_type(sig),
                            InterfaceElem::Embed(e) => self.expr(e),
                        }
                    }
                }
            },
        }
    }

    fn func_type(&mut self, ft: &FuncType) {
        for p in ft.params.iter().chain(&ft.results) {
            self.expr(&p.ty);
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
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => self.expr(e),
            StmtKind::Send { chan, value } => {
                self.expr(chan);
                self.expr(value);
            }
            StmtKind::IncDec { target, .. } => self.expr(target),
            StmtKind::Assign { lhs, op, rhs } => {
                for l in lhs {
                    let define_new =
                        *op == AssignOp::Define && matches!(&l.kind, ExprKind::Ident(_));
                    if !define_new && !matches!(&l.kind, ExprKind::Ident(id) if id.name == "_") {
                        self.expr(l);
                    }
                }
                for r in rhs {
                    self.expr(r);
                }
            }
            StmtKind::Return(rs) => {
                for r in rs {
                    self.expr(r);
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
                subject,
                clauses,
                ..
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.expr(subject);
                for c in clauses {
                    for e in c.types.iter().flatten() {
                        self.expr(e);
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
            }
            StmtKind::Range {
                key,
                value,
                define,
                expr,
                body,
            } => {
                for k in [key, value].into_iter().flatten() {
                    if !*define && !matches!(&k.kind, ExprKind::Ident(id) if id.name == "_") {
                        self.expr(k);
                    }
                }
                self.expr(expr);
                self.block(body);
            }
        }
    }

    fn decl(&mut self, d: &Decl) {
        match d {
            Decl::Const(..) => {}
            Decl::Var(specs, _) => {
                for s in specs {
                    if let Some(t) = &s.ty {
                        self.expr(t);
                    }
                    for v in &s.values {
                        self.expr(v);
                    }
                }
            }
            Decl::Type(specs, _) => {
                for s in specs {
                    self.expr(&s.ty);
                }
            }
            Decl::Func(f) => {
                if let Some(r) = &f.recv {
                    self.expr(&r.ty);
                }
                self.func_type(&f.sig);
                if let Some(b) = &f.body {
                    self.block(b);
                }
            }
        }
    }
}

fn check_ok_dir(dir: &Path) -> usize {
    let mut failures = Vec::new();
    let files = go_files(dir);
    for f in &files {
        let name = f
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let text = std::fs::read_to_string(f).unwrap_or_default();
        let (sources, r) = check_text(&name, &text, name.ends_with("_test.go"));
        match r {
            Err(diags) => {
                let msgs: Vec<String> = diags.iter().map(|d| d.one_line(&sources)).collect();
                failures.push(format!("{name}:\n  {}", msgs.join("\n  ")));
            }
            Ok(p) => {
                let user = p.packages.last().expect("the user's package is last");
                let mut w = Walk {
                    info: &p.info,
                    types: &p.types,
                    missing: Vec::new(),
                };
                for file in &user.files {
                    for d in &file.decls {
                        w.decl(d);
                    }
                }
                if !w.missing.is_empty() {
                    failures.push(format!(
                        "{name}: expressions without a final type:\n  {}",
                        w.missing.join("\n  ")
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} programs failed:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
    files.len()
}

#[test]
fn ok_programs_check_clean() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/testdata/check/ok");
    let n = check_ok_dir(&dir);
    assert!(n > 100);
}

#[test]
fn shared_conformance_checks_clean() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/conformance");
    let dir = if dir.exists() {
        dir
    } else {
        Path::new("/work/shared/conformance").to_path_buf()
    };
    if !dir.exists() {
        eprintln!("shared conformance corpus not present; skipped");
        return;
    }
    check_ok_dir(&dir);
}

#[test]
fn bad_programs_match_go() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/testdata/check/bad");
    let mut failures = Vec::new();
    let files = go_files(&dir);
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap_or_default();
        let want = std::fs::read_to_string(f.with_extension("err")).unwrap_or_default();
        let (sources, r) = check_text("x.go", &text, false);
        let got = match r {
            Ok(_) => String::new(),
            Err(diags) => diags.iter().map(|d| d.one_line(&sources) + "\n").collect(),
        };
        if got != want {
            failures.push(format!("{}:\n--- want\n{want}--- got\n{got}", f.display()));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} programs differ from Go:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}
