//! A REPL session: everything typed so far, checked and compiled
//! incrementally, and the memory its code runs on.
//!
//! # The incremental model
//!
//! * **Each input is a package** (path `main`) checked by one persistent
//!   checker. Its package scope's parent is the previous input's package
//!   scope (the checker's `repl_parent` hook), so an input sees everything
//!   declared before it, and may declare a name again: the new `func f`,
//!   `type T` or `x := ...` shadows the old one for later inputs.
//! * An input's `func`, `type` and `const` declarations are package-level
//!   declarations of its package; its statements (and typed-in `var`s)
//!   become the body of a function `__gosub_main`; an expression statement
//!   `e` becomes `fmt.Println(e)` (see `input.rs`).
//! * **Variables defined at the top of that body** (`x := 2`, `var y int`)
//!   are *promoted*: after checking, their objects are marked package-level
//!   and put in the input's package scope, and the compiler gives them
//!   global slots (its `incremental` hook); in the compiled body their
//!   definitions become plain assignments. `x := x + 1` reads the old `x`
//!   and defines a new one, as in Go.
//! * **Nothing is ever recompiled or re-run.** The checker's type table and
//!   objects, and the compiler's functions, natives and globals, only grow,
//!   so every value made by an earlier input (an interface holding a
//!   `TypeId`, a closure holding a function number) stays valid, and a
//!   goroutine started earlier keeps running its (older, prefix) program.
//!   Each input runs its own entry: initialisers and `init`s of packages it
//!   added (library packages imported for the first time), then its `main`.
//! * **Globals live in one store** of fixed capacity (`GLOBALS`) shared by
//!   the machines of all inputs, so slots never move.
//! * An input is checked on a copy of the checker (`Checker: Clone`) and
//!   committed only if it checks and compiles: a wrong input leaves no
//!   trace. Once compiled it is committed even if it then panics.
//! * Early binding: a function compiled earlier keeps calling the `f` that
//!   existed when it was compiled; redefining `f` affects later inputs only.
//!
//! Library packages are loaded (parsed and checked) on first import, which
//! is automatic for `pkg.Name` when `pkg` names a stdlib package and is not
//! otherwise declared.

use super::input::{self, Parts};
use super::libs::{self, Libs};
use super::run::{RunOutcome, Runtime};
use crate::compiler::incremental::{Linked, Step};
use crate::diag::Diagnostic;
use crate::syntax::ast::{
    self, AssignOp, Decl, Expr, ExprKind, ImportSpec, NodeIdGen, Span, Stmt, StmtKind,
};
use crate::syntax::source::{SourceFile, SourceMap};
use crate::types::check::{CheckOptions, CheckedPackage, Checker, ScopeId};
use crate::types::info::{Mode, ObjKind, TypeAndValue};
use crate::types::ty::ObjId;
use crate::vm::fiber::Machine;
use crate::vm::heap::Store;
use crate::vm::output::{Output, Sink};
use crate::vm::program::{Program, RtTypes};
use crate::vm::value::Value;
use std::collections::HashSet;
use std::sync::Arc;

/// Slots in the session's global store (package-level variables of the
/// library packages, of `:load`ed files and promoted variables).
pub const GLOBALS: usize = 1 << 16;

/// The file name shown in diagnostics for typed input.
pub const INPUT_NAME: &str = "input";

/// How an input ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Ran to completion (or had nothing to run).
    Ok,
    /// A syntax or type error, already reported.
    CompileError,
    /// A panic or fatal error, already reported.
    Failed,
    /// Stopped by Ctrl-C.
    Interrupted,
    /// `os.Exit(code)`.
    Exit(i32),
}

pub struct Session {
    checker: Checker<'static>,
    pub sources: SourceMap,
    ids: NodeIdGen,
    /// Every package checked, in order (`Initializer::pkg` indexes it).
    pkgs: Vec<&'static CheckedPackage>,
    libs: Libs,
    /// Import specs every input's file gets (explicit and automatic).
    imports: Vec<ImportSpec>,
    /// The package scope of the last input, parent of the next one's.
    scope: Option<ScopeId>,
    linked: Linked,
    globals: Arc<Store>,
    sink: Arc<dyn Sink>,
    /// Render diagnostics in colour.
    pub color: bool,
    /// The last program, for `:disasm`.
    last_prog: Option<Arc<Program>>,
    /// The scheduler the inputs and their goroutines run on.
    runtime: Runtime,
}

/// A checked (not yet committed) input.
struct Checked {
    ck: Checker<'static>,
    /// Library packages checked for this input, then the input's package.
    new_pkgs: Vec<&'static CheckedPackage>,
    new_imports: Vec<ImportSpec>,
}

impl Session {
    pub fn new(sink: Arc<dyn Sink>, color: bool) -> Session {
        let empty: &'static SourceMap = Box::leak(Box::default());
        let opts = CheckOptions {
            allow_unused: true,
            test_mode: false,
        };
        let mut checker = Checker::new(empty, opts);
        let rt = RtTypes::install(&mut checker.types);
        Session {
            checker,
            sources: SourceMap::default(),
            ids: NodeIdGen::default(),
            pkgs: Vec::new(),
            libs: Libs::default(),
            imports: Vec::new(),
            scope: None,
            linked: Linked::new(rt),
            globals: Arc::new(Store::from_values(vec![Value::Nil; GLOBALS])),
            sink,
            color,
            last_prog: None,
            runtime: Runtime::new(),
        }
    }

    fn report(&self, diags: &[Diagnostic]) {
        let hidden = format!("{}.", input::FMT_ALIAS);
        let diags: Vec<Diagnostic> = diags
            .iter()
            .map(|d| Diagnostic {
                message: d.message.replace(&hidden, "fmt."),
                ..d.clone()
            })
            .collect();
        let text = crate::diag::render(&self.sources, &diags, self.color);
        self.sink.write(true, text.as_bytes());
    }

    fn say(&self, text: &str) {
        self.sink.write(true, text.as_bytes());
    }

    /// Parse, check, compile and run one input.
    pub fn eval(&mut self, text: &str) -> Outcome {
        let fid = self.sources.add(INPUT_NAME, text);
        let items = match crate::syntax::parser::parse_repl(&self.sources, fid, &mut self.ids) {
            Ok(items) => items,
            Err(diags) => {
                self.report(&diags);
                return Outcome::CompileError;
            }
        };
        if items.is_empty() {
            return Outcome::Ok;
        }
        let parts = Parts::from_items(items, Span::new(fid, 0, text.len()));
        let checked = match self.check_input(fid, &parts) {
            Ok(c) => c,
            Err(diags) => {
                self.report(&diags);
                return Outcome::CompileError;
            }
        };
        match self.commit(checked) {
            Ok(prog) => self.run(prog),
            Err(diags) => {
                self.report(&diags);
                Outcome::CompileError
            }
        }
    }

    /// `:type EXPR`: the expression's type, or the errors.
    pub fn type_of(&mut self, text: &str) -> Option<String> {
        let fid = self.sources.add(INPUT_NAME, text);
        let items = match crate::syntax::parser::parse_repl(&self.sources, fid, &mut self.ids) {
            Ok(items) => items,
            Err(diags) => {
                self.report(&diags);
                return None;
            }
        };
        let parts = Parts::from_items(items, Span::new(fid, 0, text.len()));
        let [
            Stmt {
                kind: StmtKind::Expr(e),
                ..
            },
        ] = parts.stmts.as_slice()
        else {
            self.say("usage: :type EXPR\n");
            return None;
        };
        let id = e.id;
        let (ck, diags) = self.check_parts(fid, &parts, &[]);
        if let Some(ck) = &ck
            && let Some(tv) = ck.ck.info.types.get(&id)
        {
            return Some(match tv.mode {
                Mode::NoValue => "no value".to_string(),
                Mode::TypeExpr => format!("type {}", ck.ck.types.type_string_in(tv.ty, "main")),
                _ => ck.ck.types.type_string_in(tv.ty, "main"),
            });
        }
        self.report(&diags);
        None
    }

    /// `:load FILE`: add a Go file's declarations (its `main` is not run,
    /// its `init`s are).
    pub fn load(&mut self, path: &str) -> Outcome {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                self.say(&format!("open {path}: {e}\n"));
                return Outcome::CompileError;
            }
        };
        let fid = self.sources.add(path, text.as_str());
        let file = match crate::syntax::parser::parse_file(&self.sources, fid, &mut self.ids) {
            Ok(f) => f,
            Err(diags) => {
                self.report(&diags);
                return Outcome::CompileError;
            }
        };
        let mut parts = Parts {
            imports: file.imports.clone(),
            span: Span::new(fid, 0, text.len()),
            ..Parts::default()
        };
        for d in file.decls {
            match &d {
                Decl::Func(fd) if fd.recv.is_none() && fd.name.name == "main" => {}
                _ => parts.decls.push(d),
            }
        }
        // Package-level vars stay package-level (initialised in the entry).
        let checked = match self.check_input(fid, &parts) {
            Ok(c) => c,
            Err(diags) => {
                self.report(&diags);
                return Outcome::CompileError;
            }
        };
        match self.commit(checked) {
            Ok(prog) => self.run(prog),
            Err(diags) => {
                self.report(&diags);
                Outcome::CompileError
            }
        }
    }

    /// Check an input: first with calls left alone, then (if some calls
    /// have values to print) again with those calls printed.
    fn check_input(&mut self, fid: u32, parts: &Parts) -> Result<Checked, Vec<Diagnostic>> {
        let calls = parts.maybe_valueless();
        let (first, diags) = self.check_parts(fid, parts, &[]);
        let mut show: Vec<usize> = Vec::new();
        let mut real: Vec<Diagnostic> = Vec::new();
        for d in diags {
            let unused_call = d.message.ends_with(" is not used")
                && calls.iter().any(
                    |&i| matches!(&parts.stmts[i].kind, StmtKind::Expr(e) if e.span == d.span),
                );
            if unused_call {
                if let Some(&i) = calls.iter().find(
                    |&&i| matches!(&parts.stmts[i].kind, StmtKind::Expr(e) if e.span == d.span),
                ) {
                    show.push(i);
                }
            } else {
                real.push(d);
            }
        }
        if !real.is_empty() {
            return Err(real);
        }
        if let Some(c) = &first {
            for &i in &calls {
                if let StmtKind::Expr(e) = &parts.stmts[i].kind
                    && let Some(tv) = c.ck.info.types.get(&input::unparen(e).id)
                    && tv.mode != Mode::NoValue
                    && !is_print_call(&c.ck, e)
                {
                    show.push(i);
                }
            }
        }
        if show.is_empty()
            && let Some(c) = first
        {
            return Ok(c);
        }
        show.sort();
        show.dedup();
        match self.check_parts(fid, parts, &show) {
            (Some(c), diags) if diags.is_empty() => Ok(c),
            (_, diags) => Err(diags),
        }
    }

    /// Check `parts` as a new package on a copy of the checker. `show`:
    /// calls to print. Returns the copy (`None` if the input could not be
    /// checked at all) and the errors: it may be committed only if there
    /// are none.
    fn check_parts(
        &mut self,
        fid: u32,
        parts: &Parts,
        show: &[usize],
    ) -> (Option<Checked>, Vec<Diagnostic>) {
        // imports: explicit ones, then automatic ones
        let mut new_imports: Vec<ImportSpec> = Vec::new();
        for imp in &parts.imports {
            if crate::stdlib::decls::source(&imp.path).is_none() {
                return (
                    None,
                    vec![Diagnostic::new(
                        imp.span,
                        format!("package {} is not in std", imp.path),
                    )],
                );
            }
            new_imports.push(imp.clone());
        }
        for name in input::selector_bases(parts) {
            let Some(path) = libs::path_of(&name) else {
                continue;
            };
            let declared = self.lookup(&name).is_some()
                || parts.decls.iter().any(|d| declares(d, &name))
                || self
                    .imports
                    .iter()
                    .chain(new_imports.iter())
                    .any(|i| import_name(i) == name);
            if !declared {
                let span = Span::new(fid, 0, 0);
                new_imports.push(ImportSpec {
                    name: None,
                    path: path.to_string(),
                    span,
                });
            }
        }
        let mut wanted: Vec<String> = vec!["fmt".to_string()];
        wanted.extend(
            self.imports
                .iter()
                .chain(new_imports.iter())
                .map(|i| i.path.clone()),
        );
        let loaded: HashSet<String> = self.pkgs.iter().map(|p| p.path.clone()).collect();
        let libs = match self.libs.needed(
            &wanted,
            &|p| loaded.contains(p),
            &mut self.sources,
            &mut self.ids,
        ) {
            Ok(l) => l,
            Err(d) => return (None, d),
        };
        let mut all_imports = self.imports.clone();
        all_imports.extend(new_imports.iter().cloned());
        let file = input::build_file(&mut self.ids, fid, parts, &all_imports, show);
        let pkg: &'static CheckedPackage = Box::leak(Box::new(CheckedPackage {
            path: "main".into(),
            name: "main".into(),
            files: vec![file],
        }));

        let mut ck = self.checker.clone();
        ck.src = self.snapshot();
        let mut index = self.pkgs.len();
        for lib in &libs {
            ck.repl_parent = None;
            ck.check_package(index, lib, true);
            index += 1;
        }
        ck.repl_parent = self.scope;
        ck.check_package(index, pkg, false);
        ck.repl_parent = None;
        let mut diags = std::mem::take(&mut ck.diags);
        diags.sort_by_key(|d| (d.span.file, d.span.lo));
        diags.dedup();
        let mut new_pkgs = libs;
        new_pkgs.push(pkg);
        (
            Some(Checked {
                ck,
                new_pkgs,
                new_imports,
            }),
            diags,
        )
    }

    /// The sources as the checker sees them (it only reads them for
    /// positions inside messages); library texts are left out to keep the
    /// per-input copy small.
    fn snapshot(&self) -> &'static SourceMap {
        let files = self
            .sources
            .files
            .iter()
            .map(|f| {
                if f.name.starts_with('$') {
                    SourceFile::new(f.name.clone(), "")
                } else {
                    f.clone()
                }
            })
            .collect();
        Box::leak(Box::new(SourceMap { files }))
    }

    /// The object `name` denotes for the next input.
    pub fn lookup(&self, name: &str) -> Option<ObjId> {
        self.checker
            .lookup_from(self.scope.unwrap_or(self.checker.universe), name)
    }

    /// Promote, compile and commit a checked input; the program to run.
    fn commit(&mut self, mut c: Checked) -> Result<Arc<Program>, Vec<Diagnostic>> {
        let pkg_scope = c.ck.pkg_scope;
        let Some(&input_pkg) = c.new_pkgs.last() else {
            return Err(Vec::new());
        };
        // the input's function and its top-level variables
        let mut main_obj = None;
        let mut promoted: Vec<ObjId> = Vec::new();
        let mut compiled_decls = Vec::new();
        for file in &input_pkg.files {
            for d in &file.decls {
                if let Decl::Func(fd) = d
                    && fd.recv.is_none()
                    && fd.name.name == input::INPUT_FUNC
                    && let Some(&obj) = c.ck.info.defs.get(&fd.name.id)
                {
                    main_obj = Some(obj);
                    let mut fd2 = fd.clone();
                    if let Some(body) = &mut fd2.body {
                        body.stmts = body
                            .stmts
                            .iter()
                            .map(|s| promote(&mut c.ck, &mut self.ids, s, &mut promoted))
                            .collect();
                    }
                    compiled_decls.push(Decl::Func(fd2));
                } else {
                    compiled_decls.push(d.clone());
                }
            }
        }
        for &o in &promoted {
            c.ck.obj_mut(o).kind = ObjKind::Var {
                global: true,
                field: false,
            };
        }
        let file0 = &input_pkg.files[0];
        let compiled_pkg: &'static CheckedPackage = Box::leak(Box::new(CheckedPackage {
            path: input_pkg.path.clone(),
            name: input_pkg.name.clone(),
            files: vec![ast::File {
                file: file0.file,
                package: file0.package.clone(),
                imports: file0.imports.clone(),
                decls: compiled_decls,
            }],
        }));
        let first_new = self.pkgs.len();
        let mut all = self.pkgs.clone();
        all.extend(c.new_pkgs[..c.new_pkgs.len() - 1].iter().copied());
        all.push(compiled_pkg);
        let old_globals = self.linked.global_types.len();
        let step = Step {
            all: &all,
            first_new,
            promoted: &promoted,
            main: main_obj,
        };
        let (prog, types) = crate::compiler::incremental::compile_step(
            &mut self.linked,
            &c.ck.info,
            &c.ck.types,
            &self.sources,
            &step,
        )?;
        c.ck.types = types;
        let total = self.linked.global_types.len();
        if total > GLOBALS {
            return Err(vec![Diagnostic::new(
                Span::default(),
                "too many variables in this session (try :reset)",
            )]);
        }
        // commit
        {
            let names = &mut c.ck.scopes[pkg_scope.0 as usize].names;
            if let Some(m) = main_obj
                && names.get(input::INPUT_FUNC) == Some(&m)
            {
                names.remove(input::INPUT_FUNC);
            }
            for &o in &promoted {
                let name = c.ck.info.object(o).name.clone();
                c.ck.scopes[pkg_scope.0 as usize].names.insert(name, o);
            }
        }
        self.checker = c.ck;
        self.pkgs = all;
        self.scope = Some(pkg_scope);
        for imp in c.new_imports {
            if !self
                .imports
                .iter()
                .any(|i| import_name(i) == import_name(&imp) && i.path == imp.path)
            {
                self.imports.push(imp);
            }
        }
        let prog = Arc::new(prog);
        for g in old_globals..total {
            let ty = prog.global_types[g];
            self.globals.store(g, prog.zero(ty));
        }
        self.last_prog = Some(prog.clone());
        Ok(prog)
    }

    fn run(&mut self, prog: Arc<Program>) -> Outcome {
        let entry = prog.entry;
        let m = Arc::new(Machine {
            prog,
            globals: self.globals.clone(),
            out: Output::with_sink(self.sink.clone()),
            args: vec!["gosub".into()],
        });
        let sink = self.sink.clone();
        let note = move |s: &str| sink.write(true, s.as_bytes());
        match self.runtime.run_entry(&m, entry, &note) {
            RunOutcome::Done => Outcome::Ok,
            RunOutcome::Failed => Outcome::Failed,
            RunOutcome::Exit(code) => Outcome::Exit(code),
            RunOutcome::Interrupted => {
                self.say("interrupted\n");
                Outcome::Interrupted
            }
        }
    }

    /// `:disasm NAME`: the bytecode of the functions called NAME (or
    /// `main.NAME`, or whose Go name ends in `.NAME`).
    pub fn disasm(&self, name: &str) -> Option<String> {
        let prog = self.last_prog.as_ref()?;
        let full = crate::vm::disasm::disasm(prog);
        let mut out = String::new();
        let mut keep = false;
        for line in full.lines() {
            if let Some(head) = line.strip_prefix("func ") {
                let fname = head.split([' ', '(']).next().unwrap_or("");
                keep = fname == name
                    || fname == format!("main.{name}")
                    || fname.ends_with(&format!(".{name}"));
            }
            if keep {
                out.push_str(line);
                out.push('\n');
            }
        }
        if out.is_empty() { None } else { Some(out) }
    }

    /// Names declared so far (for completion), user's first.
    pub fn declared_names(&self) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        let mut s = self.scope;
        while let Some(id) = s {
            let scope = &self.checker.scopes[id.0 as usize];
            for n in scope.names.keys() {
                if !n.starts_with("__") && !names.contains(n) {
                    names.push(n.clone());
                }
            }
            s = scope.parent;
        }
        names.sort();
        names
    }
}

/// The name an import binds.
fn import_name(i: &ImportSpec) -> String {
    match &i.name {
        Some(n) => n.name.clone(),
        None => i.path.rsplit('/').next().unwrap_or(&i.path).to_string(),
    }
}

/// Does declaration `d` declare `name` at package level?
fn declares(d: &Decl, name: &str) -> bool {
    match d {
        Decl::Const(specs, _) | Decl::Var(specs, _) => {
            specs.iter().any(|s| s.names.iter().any(|n| n.name == name))
        }
        Decl::Type(specs, _) => specs.iter().any(|s| s.name.name == name),
        Decl::Func(fd) => fd.recv.is_none() && fd.name.name == name,
    }
}

/// Is `e` a call of one of fmt's print functions (whose `(n, err)` results
/// are not worth printing)?
fn is_print_call(ck: &Checker, e: &Expr) -> bool {
    let ExprKind::Call { func, .. } = &input::unparen(e).kind else {
        return false;
    };
    let ExprKind::Selector(_, sel) = &input::unparen(func).kind else {
        return false;
    };
    let Some(&obj) = ck.info.uses.get(&sel.id) else {
        return false;
    };
    let o = ck.info.object(obj);
    o.pkg == "fmt" && (o.name.starts_with("Print") || o.name.starts_with("Fprint"))
}

/// The compiled form of a top-level statement of an input's function:
/// definitions of promoted variables become assignments to them.
fn promote(
    ck: &mut Checker<'static>,
    ids: &mut NodeIdGen,
    s: &Stmt,
    promoted: &mut Vec<ObjId>,
) -> Stmt {
    match &s.kind {
        StmtKind::Assign {
            lhs,
            op: AssignOp::Define,
            rhs,
        } => {
            for e in lhs {
                if let ExprKind::Ident(id) = &e.kind
                    && let Some(&obj) = ck.info.defs.get(&id.id)
                {
                    promoted.push(obj);
                    let ty = ck.info.object(obj).ty;
                    ck.info.uses.insert(id.id, obj);
                    ck.info.types.insert(
                        e.id,
                        TypeAndValue {
                            mode: Mode::Variable,
                            ty,
                            value: None,
                        },
                    );
                }
            }
            Stmt {
                kind: StmtKind::Assign {
                    lhs: lhs.clone(),
                    op: AssignOp::Assign,
                    rhs: rhs.clone(),
                },
                span: s.span,
            }
        }
        StmtKind::Decl(Decl::Var(specs, _)) => {
            let mut out: Vec<Stmt> = Vec::new();
            for spec in specs {
                let mut lhs = Vec::new();
                for n in &spec.names {
                    if let Some(&obj) = ck.info.defs.get(&n.id) {
                        promoted.push(obj);
                        let ty = ck.info.object(obj).ty;
                        ck.info.uses.insert(n.id, obj);
                        let e = Expr {
                            id: ids.fresh(),
                            kind: ExprKind::Ident(n.clone()),
                            span: n.span,
                        };
                        ck.info.types.insert(
                            e.id,
                            TypeAndValue {
                                mode: Mode::Variable,
                                ty,
                                value: None,
                            },
                        );
                        lhs.push(e);
                    } else {
                        let blank = Expr {
                            id: ids.fresh(),
                            kind: ExprKind::Ident(n.clone()),
                            span: n.span,
                        };
                        lhs.push(blank);
                    }
                }
                if !spec.values.is_empty() {
                    out.push(Stmt {
                        kind: StmtKind::Assign {
                            lhs,
                            op: AssignOp::Assign,
                            rhs: spec.values.clone(),
                        },
                        span: spec.span,
                    });
                }
            }
            match out.len() {
                0 => Stmt {
                    kind: StmtKind::Empty,
                    span: s.span,
                },
                1 => out.pop().unwrap_or(Stmt {
                    kind: StmtKind::Empty,
                    span: s.span,
                }),
                _ => Stmt {
                    kind: StmtKind::Block(ast::Block {
                        stmts: out,
                        span: s.span,
                    }),
                    span: s.span,
                },
            }
        }
        _ => s.clone(),
    }
}
