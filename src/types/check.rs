//! The checker's state and its driver: one `Checker` checks the packages of
//! a program in dependency order (library packages first, the user's last),
//! sharing one `TypeTable` and one `Info`.
//!
//! Checking one package goes in phases, as `go/types` does:
//! 1. collect every package-level object into the package scope (imports go
//!    into per-file scopes);
//! 2. resolve type declarations (lazily, so order does not matter; cycles are
//!    found by colouring objects grey while they are being resolved);
//! 3. attach methods to their receiver types;
//! 4. resolve constants, variables and function signatures;
//! 5. check function bodies;
//! 6. report unused variables and imports, compute the initialisation order.
//!
//! Architecture invariant: the checker never panics on bad input; every
//! problem becomes a `Diagnostic` with Go's wording, and an operand whose
//! type is invalid silences errors that would only follow from the first.

use super::info::{Info, ObjKind, Object};
use super::ty::{ObjId, TypeId, TypeTable};
use crate::diag::Diagnostic;
use crate::syntax::ast::{self, Span};
use crate::syntax::source::SourceMap;
use std::collections::{HashMap, HashSet};

pub use super::scope::{Scope, ScopeId};

/// One package of a checked program, with its parsed files.
#[derive(Clone, Debug)]
pub struct CheckedPackage {
    /// Import path: "main" for the user's `package main`, "fmt", "math/rand"...
    pub path: String,
    /// Package name: "main", "fmt", "rand"...
    pub name: String,
    pub files: Vec<ast::File>,
}

/// A checked program: its packages in dependency order (library packages
/// first, the user's package last), and what the checker learned.
#[derive(Clone, Debug)]
pub struct Program {
    pub packages: Vec<CheckedPackage>,
    pub info: Info,
    pub types: TypeTable,
}

#[derive(Clone, Copy, Debug, Default)]
pub struct CheckOptions {
    /// REPL: unused variables and imports are not errors.
    pub allow_unused: bool,
    /// `go test`: `_test.go` files are included, the package may have any name
    /// and needs no `main`.
    pub test_mode: bool,
}

/// How far a package-level object's declaration has been checked.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Color {
    /// Being checked: meeting it again means a cycle.
    Grey,
    /// Done.
    Black,
}

/// Where a package-level object is declared (its declaration is checked
/// lazily, on first use or in source order).
#[derive(Clone, Copy, Debug)]
pub enum DeclInfo<'a> {
    /// One constant of a const spec; `ty`/`init` come from the spec, or from
    /// the last spec with values when the spec repeats it implicitly.
    Const {
        file: usize,
        ty: Option<&'a ast::Expr>,
        init: Option<&'a ast::Expr>,
        iota: u32,
        spec: &'a ast::ValueSpec,
        index: usize,
    },
    /// One variable of a var spec (all names of a spec share it).
    Var {
        file: usize,
        spec: &'a ast::ValueSpec,
        decl: usize,
        spec_index: usize,
    },
    Type {
        file: usize,
        spec: &'a ast::TypeSpec,
    },
    Func {
        file: usize,
        decl: &'a ast::FuncDecl,
    },
}

/// What the checker knows about the function whose body it is in.
#[derive(Clone, Debug)]
pub struct FuncCtx {
    /// Result types of the function.
    pub results: Vec<TypeId>,
    /// The named result variables (empty if results are unnamed).
    pub named_results: Vec<ObjId>,
    /// The function's own scope (parameters and results).
    pub scope: ScopeId,
}

/// Statement context flags (go/types `stmtContext`).
#[derive(Clone, Copy, Debug, Default)]
pub struct StmtCtx {
    pub break_ok: bool,
    pub continue_ok: bool,
    pub fallthrough_ok: bool,
    pub final_switch_case: bool,
    pub in_type_switch: bool,
}

/// A package as the checker keeps it once checked: its scope, for imports.
#[derive(Clone, Debug)]
pub struct PkgInfo {
    pub path: String,
    pub name: String,
    pub scope: ScopeId,
}

/// An untyped expression whose final type is not known yet.
#[derive(Clone, Copy, Debug)]
pub struct UntypedEntry {
    /// The left operand of a non-constant shift: its final type must be an integer.
    pub is_lhs: bool,
}

/// `Clone` lets the REPL check an input on a copy and keep it only if the
/// input checks clean (REPL hook).
#[derive(Clone)]
pub struct Checker<'a> {
    pub src: &'a SourceMap,
    pub opts: CheckOptions,
    pub types: TypeTable,
    pub info: Info,
    pub diags: Vec<Diagnostic>,
    pub scopes: Vec<Scope>,
    pub universe: ScopeId,
    /// Checked packages by import path.
    pub pkgs: HashMap<String, PkgInfo>,

    // --- the package being checked
    pub pkg_path: String,
    pub pkg_name: String,
    pub pkg_index: usize,
    pub pkg_scope: ScopeId,
    /// A library package: natives allowed, no unused-variable errors.
    pub is_lib: bool,
    pub files: &'a [ast::File],
    pub file_scopes: Vec<ScopeId>,
    pub decls: HashMap<ObjId, DeclInfo<'a>>,
    pub color: HashMap<ObjId, Color>,
    /// Package-level objects in declaration order (for init order, phases).
    pub pkg_objs: Vec<ObjId>,
    /// Method declarations: the method object and its declaration.
    pub methods: Vec<(ObjId, usize, &'a ast::FuncDecl)>,
    /// Functions whose bodies are checked in phase 5: object, file, decl.
    pub funcs: Vec<(ObjId, usize, &'a ast::FuncDecl)>,
    /// Var specs already checked (by spec address): all names are done at once.
    pub var_specs_done: HashSet<*const ast::ValueSpec>,

    // --- the current context
    pub scope: ScopeId,
    pub func: Option<FuncCtx>,
    /// The value of `iota` in the const spec being checked.
    pub iota: Option<u32>,
    /// The package-level object whose declaration is being checked; its
    /// dependencies are recorded for the initialisation order.
    pub cur_decl: Option<ObjId>,
    pub deps: HashMap<ObjId, Vec<ObjId>>,
    /// Set when an expression contains a call or a receive (`len` of such
    /// an array expression is not constant).
    pub has_call_or_recv: bool,

    // --- bookkeeping
    /// Variables that were read.
    pub used: HashSet<ObjId>,
    /// Local variables of the function bodies being checked, with the scope
    /// they are declared in, for `declared and not used`.
    pub local_vars: Vec<(ObjId, ScopeId)>,
    /// Types as written, for messages (see `spelling`).
    pub spelled_objs: HashMap<ObjId, TypeId>,
    pub spelled_exprs: HashMap<crate::syntax::ast::NodeId, TypeId>,
    pub spelled_target: Option<TypeId>,
    pub spelled_params: HashMap<ObjId, Vec<Option<TypeId>>>,
    /// Parameter and result names of declared functions: go/types keeps
    /// them in the signature and prints `func(out chan<- int)`.
    pub func_names: HashMap<ObjId, (Vec<String>, Vec<String>)>,
    /// Indexes in `diags` of errors about labels and branch statements.
    /// Go's parser reports these (cmd/compile checks branches in `syntax`,
    /// not in types2), so in report order they come before the checker's.
    pub branch_diags: Vec<usize>,
    /// Imports of the package: object, whether used.
    pub imports: Vec<ObjId>,
    pub used_pkgs: HashSet<ObjId>,
    pub untyped: HashMap<ast::NodeId, UntypedEntry>,
    /// Field objects of each struct type, in field order.
    pub struct_fields: HashMap<TypeId, Vec<ObjId>>,
    /// Method objects of interface types, by (interface, method index).
    pub iface_methods: HashMap<(TypeId, usize), ObjId>,
    /// Map key types to check for comparability once types are complete.
    pub later_map_keys: Vec<(TypeId, Span)>,
    /// The `error.Error` method's object.
    pub error_method: Option<ObjId>,
    /// The `TypeName` object of each named type declared in a package.
    pub named_objs: HashMap<TypeId, ObjId>,
    /// Package-level objects being resolved, innermost last (for cycles).
    pub obj_path: Vec<ObjId>,
    /// Objects already part of a reported cycle.
    pub cycle_reported: HashSet<ObjId>,
    /// The result variables of the current function (named or not).
    pub result_vars: Vec<ObjId>,
    /// REPL hook: the parent of the next package scope instead of the
    /// universe, so each REPL input (checked as its own package) sees the
    /// declarations of the inputs before it and may redeclare them.
    pub repl_parent: Option<ScopeId>,
    /// Where errors are reported instead of at their expression: the name
    /// of a constant whose value expression is inherited (`B` in
    /// `const (A = f(iota); B)`), as Go does.
    pub errpos: Option<Span>,
    /// Packages whose qualifier diagnostics write as a quoted path
    /// (name, path), see `operand::quote_packages`.
    pub quoted_pkgs: Vec<(String, String)>,
}

impl<'a> Checker<'a> {
    pub fn new(src: &'a SourceMap, opts: CheckOptions) -> Checker<'a> {
        let mut c = Checker {
            src,
            opts,
            types: TypeTable::new(),
            info: Info::default(),
            diags: Vec::new(),
            scopes: Vec::new(),
            universe: ScopeId(0),
            pkgs: HashMap::new(),
            pkg_path: String::new(),
            pkg_name: String::new(),
            pkg_index: 0,
            pkg_scope: ScopeId(0),
            is_lib: false,
            files: &[],
            file_scopes: Vec::new(),
            decls: HashMap::new(),
            color: HashMap::new(),
            pkg_objs: Vec::new(),
            methods: Vec::new(),
            funcs: Vec::new(),
            var_specs_done: HashSet::new(),
            scope: ScopeId(0),
            func: None,
            iota: None,
            cur_decl: None,
            deps: HashMap::new(),
            has_call_or_recv: false,
            used: HashSet::new(),
            local_vars: Vec::new(),
            branch_diags: Vec::new(),
            spelled_objs: HashMap::new(),
            spelled_exprs: HashMap::new(),
            spelled_target: None,
            spelled_params: HashMap::new(),
            func_names: HashMap::new(),
            imports: Vec::new(),
            used_pkgs: HashSet::new(),
            untyped: HashMap::new(),
            struct_fields: HashMap::new(),
            iface_methods: HashMap::new(),
            later_map_keys: Vec::new(),
            error_method: None,
            named_objs: HashMap::new(),
            obj_path: Vec::new(),
            cycle_reported: HashSet::new(),
            result_vars: Vec::new(),
            repl_parent: None,
            errpos: None,
            quoted_pkgs: Vec::new(),
        };
        c.universe = c.new_scope(None);
        c.scope = c.universe;
        c.init_universe();
        c
    }

    // ---------------------------------------------------------------------
    // Objects

    pub fn new_obj(&mut self, kind: ObjKind, name: &str, ty: TypeId, span: Span) -> ObjId {
        let id = ObjId(self.info.objects.len() as u32);
        self.info.objects.push(Object {
            kind,
            name: name.to_string(),
            ty,
            pkg: self.pkg_path.clone(),
            span,
            recv_named: None,
        });
        id
    }

    pub fn obj(&self, id: ObjId) -> &Object {
        &self.info.objects[id.0 as usize]
    }

    pub fn obj_mut(&mut self, id: ObjId) -> &mut Object {
        &mut self.info.objects[id.0 as usize]
    }

    // ---------------------------------------------------------------------
    // Diagnostics

    pub fn error(&mut self, span: Span, msg: impl Into<String>) {
        let span = self.errpos.unwrap_or(span);
        let msg = msg.into();
        // go/types' cheap trick: follow-on errors about invalid operands or
        // types add nothing once an error was reported.
        if !self.diags.is_empty() {
            let inner = |s: &str| msg.find(s).is_some_and(|i| i > 0);
            if inner("invalid operand") || inner("invalid type") {
                return;
            }
        }
        // Like Go, only one of several equal errors on one line (in the
        // order they are found).
        if let Some(last) = self.diags.last()
            && last.message == msg
            && last.span.file == span.file
            && self.line_of(last.span) == self.line_of(span)
        {
            return;
        }
        self.diags.push(Diagnostic::new(span, msg));
    }

    /// An error Go's parser reports while checking branches (see
    /// `branch_diags`).
    pub fn branch_error(&mut self, span: Span, msg: impl Into<String>) {
        self.branch_diags.push(self.diags.len());
        self.diags.push(Diagnostic::new(span, msg));
    }

    /// All errors in Go's report order: those of branches (`branch_error`,
    /// by position, with the parser's `parse_errors`), then the others.
    pub fn take_diags_after(&mut self, parse_errors: Vec<Diagnostic>) -> Vec<Diagnostic> {
        let branch = std::mem::take(&mut self.branch_diags);
        let mut first = parse_errors;
        let mut rest = Vec::new();
        for (i, d) in std::mem::take(&mut self.diags).into_iter().enumerate() {
            if branch.contains(&i) {
                first.push(d);
            } else {
                rest.push(d);
            }
        }
        first.sort_by_key(|d| (d.span.file, d.span.lo));
        first.extend(rest);
        first
    }

    fn line_of(&self, span: Span) -> u32 {
        match self.src.files.get(span.file as usize) {
            Some(f) => f.line_col(span.lo).0,
            None => 0,
        }
    }

    pub fn error_help(&mut self, span: Span, msg: impl Into<String>, help: impl Into<String>) {
        let n = self.diags.len();
        self.error(span, msg);
        if self.diags.len() > n
            && let Some(d) = self.diags.last_mut()
        {
            d.help = Some(help.into());
        }
    }

    /// `file:line:col` of a span, as Go prints positions inside messages.
    pub fn pos_string(&self, span: Span) -> String {
        if (span.file as usize) < self.src.files.len() {
            self.src.position(span)
        } else {
            "?".into()
        }
    }

    // ---------------------------------------------------------------------
    // One package

    /// Check one package (its imports are already checked).
    pub fn check_package(&mut self, index: usize, pkg: &'a CheckedPackage, is_lib: bool) {
        self.pkg_path = pkg.path.clone();
        self.pkg_name = pkg.name.clone();
        self.pkg_index = index;
        self.is_lib = is_lib;
        self.files = &pkg.files;
        self.file_scopes.clear();
        self.decls.clear();
        self.color.clear();
        self.pkg_objs.clear();
        self.methods.clear();
        self.funcs.clear();
        self.local_vars.clear();
        self.imports.clear();
        self.deps.clear();
        self.pkg_scope = self.new_scope(Some(self.repl_parent.unwrap_or(self.universe)));
        self.scope = self.pkg_scope;
        self.pkgs.insert(
            pkg.path.clone(),
            PkgInfo {
                path: pkg.path.clone(),
                name: pkg.name.clone(),
                scope: self.pkg_scope,
            },
        );

        self.collect_objects();
        self.resolve_types();
        self.collect_methods();
        self.resolve_objects();
        self.check_map_keys();
        self.check_func_bodies();
        self.check_map_keys();
        self.check_unused();
        self.compute_init_order();
        self.check_main();
        self.finish_untyped();
    }

    /// `package main` needs `func main` (outside test mode).
    fn check_main(&mut self) {
        if self.is_lib || self.opts.test_mode || self.pkg_name != "main" || self.opts.allow_unused {
            return;
        }
        let has_main = self.scopes[self.pkg_scope.0 as usize]
            .names
            .get("main")
            .is_some_and(|&o| matches!(self.obj(o).kind, ObjKind::Func { .. }));
        if !has_main {
            let span = self
                .files
                .first()
                .map(|f| f.package.span)
                .unwrap_or_default();
            self.error(span, "function main is undeclared in the main package");
        }
    }

    /// Report the unused variables among `local_vars[start..]` and forget
    /// them. As go/types' `usage` at the end of each function body: scope by
    /// scope (a scope before the scopes nested in it, siblings in source
    /// order: the order scopes were made in), sorted by position in each.
    /// Function literals inside the body have reported theirs already.
    pub fn report_unused(&mut self, start: usize) {
        let start = start.min(self.local_vars.len());
        let mut vars: Vec<(ObjId, ScopeId)> = self.local_vars.drain(start..).collect();
        if self.is_lib || self.opts.allow_unused {
            return;
        }
        vars.sort_by_key(|&(o, s)| (s.0, self.obj(o).span.lo));
        for (v, _) in vars {
            if !self.used.contains(&v) {
                let o = self.obj(v);
                let (span, name) = (o.span, o.name.clone());
                self.error(span, format!("declared and not used: {name}"));
            }
        }
    }

    /// Report unused local variables and imports.
    fn check_unused(&mut self) {
        if self.is_lib || self.opts.allow_unused {
            return;
        }
        // Function bodies report their own (`report_unused`); this is for
        // anything left over.
        self.report_unused(0);
        for i in 0..self.imports.len() {
            let p = self.imports[i];
            if !self.used_pkgs.contains(&p) {
                let o = self.obj(p);
                let path = match &o.kind {
                    ObjKind::PkgName(p) => p.clone(),
                    _ => continue,
                };
                let last = path.rsplit('/').next().unwrap_or(&path).to_string();
                let msg = if o.name != last {
                    format!("{path:?} imported as {} and not used", o.name)
                } else {
                    format!("{path:?} imported and not used")
                };
                let span = o.span;
                self.error(span, msg);
            }
        }
    }
}
