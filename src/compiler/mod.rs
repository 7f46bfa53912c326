//! The compiler: checked AST to bytecode, and the link step that makes a
//! `vm::Program`.
//!
//! | file | owns |
//! |---|---|
//! | `mod.rs` | the driver: numbering functions, natives and globals; package init; linking |
//! | `escape.rs` | which locals live in cells; what each function literal captures |
//! | `func.rs` | one function being compiled: registers, locals, emission, jumps |
//! | `expr.rs` | expressions, constants, conversions, implicit boxing |
//! | `call.rs` | calls, method calls, builtins, `go` and `defer` |
//! | `stmt.rs` | statements: assignment, control flow, loops, switches |
//! | `incremental.rs` | REPL hook: compiling one input after the previous ones |
//!
//! Architecture invariant: the compiler trusts the checker (every program it
//! sees type-checked), reads types only through `Info` and the `TypeTable`,
//! and knows nothing of the scheduler.

pub mod call;
pub mod escape;
pub mod expr;
pub mod func;
pub mod incremental;
pub mod stmt;

use crate::diag::Diagnostic;
use crate::syntax::ast::{self, Span};
use crate::syntax::source::SourceMap;
use crate::types::check::Program as Checked;
use crate::types::info::Info;
use crate::types::ty::{ObjId, TypeId, TypeTable};
use crate::vm::instr::Instr;
use crate::vm::program::{FuncProto, NativeEntry, Program, RtTypes};
use crate::vm::value::Callee;
use escape::Escapes;
use func::FuncState;
use std::collections::HashMap;
use std::sync::Arc;

pub struct Compiler<'a> {
    pub info: &'a Info,
    pub types: TypeTable,
    pub sources: &'a SourceMap,
    pub funcs: Vec<Option<FuncProto>>,
    /// Go functions and methods by object.
    pub func_of: HashMap<ObjId, u32>,
    pub natives: Vec<NativeEntry>,
    pub native_of: HashMap<ObjId, u32>,
    /// Natives that are referenced but not implemented (by name).
    pub missing: Vec<(String, Span)>,
    pub globals: HashMap<ObjId, u32>,
    pub global_types: Vec<TypeId>,
    pub global_names: HashMap<String, u32>,
    pub esc: Escapes,
    /// Functions being compiled (innermost last).
    pub fs: Vec<FuncState>,
    /// Package path of the code being compiled ("main" for the user's).
    pub pkg: String,
    pub rt: RtTypes,
    pub diags: Vec<Diagnostic>,
    /// A conditional jump did not fit its 16-bit offset.
    pub too_large: bool,
    /// Calls already evaluated into a register, ahead of the operands
    /// around them (see `call::hoist_calls`): `expr` moves them from there.
    pub hoisted: HashMap<ast::NodeId, crate::vm::instr::Reg>,
}

/// Compile a checked program into a runnable one.
pub fn compile(checked: &Checked, sources: &SourceMap) -> Result<Program, Vec<Diagnostic>> {
    let mut types = checked.types.clone();
    let rt = RtTypes::install(&mut types);
    let mut c = Compiler {
        info: &checked.info,
        types,
        sources,
        funcs: Vec::new(),
        func_of: HashMap::new(),
        natives: Vec::new(),
        native_of: HashMap::new(),
        missing: Vec::new(),
        globals: HashMap::new(),
        global_types: Vec::new(),
        global_names: HashMap::new(),
        esc: Escapes::default(),
        fs: Vec::new(),
        pkg: String::new(),
        rt,
        diags: Vec::new(),
        too_large: false,
        hoisted: HashMap::new(),
    };
    // 1. number every function, native and global
    for pkg in &checked.packages {
        c.number_package(pkg);
    }
    // 2. compile bodies
    for pkg in &checked.packages {
        c.pkg = pkg.path.clone();
        for file in &pkg.files {
            for d in &file.decls {
                if let ast::Decl::Func(fd) = d {
                    if fd.body.is_none() {
                        continue;
                    }
                    let Some(&obj) = c.info.defs.get(&fd.name.id) else {
                        continue;
                    };
                    let idx = c.func_of[&obj];
                    let name = c.func_name(fd);
                    let proto = c.compile_func(fd, name);
                    c.funcs[idx as usize] = Some(proto);
                }
            }
        }
    }
    // 3. the entry: var initialisers, init()s, main.main
    let entry = c.compile_entry(checked);
    if c.too_large {
        c.diags.push(Diagnostic::new(
            Span::default(),
            "function too large: a loop body exceeds 32767 instructions",
        ));
    }
    if !c.diags.is_empty() {
        return Err(c.diags);
    }
    let mut method_impls = HashMap::new();
    for (&obj, &f) in &c.func_of {
        method_impls.insert(obj, Callee::Go(f));
    }
    for (&obj, &n) in &c.native_of {
        method_impls.insert(obj, Callee::Native(n));
    }
    let funcs = c
        .funcs
        .into_iter()
        .map(|f| Arc::new(f.unwrap_or_default()))
        .collect();
    Ok(Program {
        types: Arc::new(c.types),
        funcs,
        natives: c.natives,
        global_types: c.global_types,
        global_names: c.global_names,
        entry,
        method_impls,
        rt: c.rt,
        rt_cache: Default::default(),
    })
}

impl<'a> Compiler<'a> {
    /// Number the functions, natives and package-level variables that
    /// `pkg` declares, in declaration order (the first pass of linking; the
    /// REPL's incremental steps use it for each new package too).
    pub(crate) fn number_package(&mut self, pkg: &crate::types::check::CheckedPackage) {
        for file in &pkg.files {
            for d in &file.decls {
                match d {
                    ast::Decl::Func(fd) => {
                        let Some(&obj) = self.info.defs.get(&fd.name.id) else {
                            continue;
                        };
                        if fd.body.is_some() {
                            let i = self.funcs.len() as u32;
                            self.funcs.push(None);
                            self.func_of.insert(obj, i);
                        } else {
                            self.native(obj, fd.name.span);
                        }
                    }
                    ast::Decl::Var(specs, _) => {
                        for n in specs.iter().flat_map(|sp| &sp.names) {
                            if let Some(&obj) = self.info.defs.get(&n.id) {
                                let g = self.global_types.len() as u32;
                                self.global_names
                                    .insert(format!("{}.{}", pkg.path, n.name), g);
                                self.globals.insert(obj, g);
                                self.global_types.push(self.info.object(obj).ty);
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
    }

    /// Bind a bodiless declaration to its Rust implementation.
    fn native(&mut self, obj: ObjId, span: Span) -> u32 {
        if let Some(&n) = self.native_of.get(&obj) {
            return n;
        }
        let o = self.info.object(obj);
        let name = o.qualified_name(&self.types);
        let (np, nr) = match self.types.get(o.ty) {
            crate::types::ty::Type::Func(sig) => (
                sig.params.len() + o.recv_named.is_some() as usize,
                sig.results.len(),
            ),
            _ => (0, 0),
        };
        let f = crate::stdlib::lookup(&name).unwrap_or_else(|| {
            self.missing.push((name.clone(), span));
            crate::stdlib::unimplemented_native
        });
        let n = self.natives.len() as u32;
        self.natives.push(NativeEntry {
            name,
            f,
            nparams: np as u16,
            nresults: nr as u16,
        });
        self.native_of.insert(obj, n);
        n
    }

    /// Go's name of a function for tracebacks: `main.f`, `main.T.M`, `main.(*T).M`.
    fn func_name(&self, fd: &ast::FuncDecl) -> String {
        match &fd.recv {
            None => format!("{}.{}", self.pkg, fd.name.name),
            Some(r) => {
                let rt = self
                    .info
                    .types
                    .get(&r.ty.id)
                    .map(|t| t.ty)
                    .unwrap_or(TypeTable::INVALID);
                let (ptr, base) = match self.types.get(rt) {
                    crate::types::ty::Type::Pointer(e) => (true, *e),
                    _ => (false, rt),
                };
                let tn = self
                    .types
                    .named(base)
                    .map(|n| n.name.clone())
                    .unwrap_or_default();
                if ptr {
                    format!("{}.(*{}).{}", self.pkg, tn, fd.name.name)
                } else {
                    format!("{}.{}.{}", self.pkg, tn, fd.name.name)
                }
            }
        }
    }

    /// Source line of a span.
    pub fn line(&self, span: Span) -> u32 {
        self.sources
            .files
            .get(span.file as usize)
            .map(|f| f.line_col(span.lo).0)
            .unwrap_or(0)
    }

    pub fn file_name(&self, span: Span) -> String {
        let name = self
            .sources
            .files
            .get(span.file as usize)
            .map(|f| f.name.clone())
            .unwrap_or_default();
        if name.starts_with('$') {
            return name;
        }
        std::fs::canonicalize(&name)
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or(name)
    }

    /// The synthesized entry function.
    fn compile_entry(&mut self, checked: &Checked) -> u32 {
        let mut fs = FuncState::new("runtime.main".into(), String::new(), None);
        fs.line = 0;
        self.fs.push(fs);
        for init in &self.info.init_order.clone() {
            let pkg = &checked.packages[init.pkg];
            self.pkg = pkg.path.clone();
            let file = &pkg.files[init.file];
            let ast::Decl::Var(specs, _) = &file.decls[init.decl] else {
                continue;
            };
            let spec = &specs[init.spec];
            let mut esc = std::mem::take(&mut self.esc);
            for v in &spec.values {
                escape::analyze_expr(self.info, &self.types, v, &mut esc);
            }
            self.esc = esc;
            self.fs.last_mut().expect("entry").line = self.line(spec.span);
            self.global_init(spec);
        }
        for pkg in &checked.packages {
            for file in &pkg.files {
                for d in &file.decls {
                    if let ast::Decl::Func(fd) = d {
                        let is_main = pkg.path == "main" && fd.name.name == "main";
                        if fd.recv.is_none()
                            && fd.body.is_some()
                            && fd.name.name == "init"
                            && let Some(&obj) = self.info.defs.get(&fd.name.id)
                        {
                            let f = self.func_of[&obj];
                            let a = self.cur().alloc(1);
                            self.emit(Instr::Call { a, f });
                            self.cur().free_to(a);
                        }
                        let _ = is_main;
                    }
                }
            }
        }
        let user = checked.packages.last();
        if let Some(p) = user {
            for file in &p.files {
                for d in &file.decls {
                    if let ast::Decl::Func(fd) = d
                        && fd.recv.is_none()
                        && fd.name.name == "main"
                        && p.path == "main"
                        && let Some(&obj) = self.info.defs.get(&fd.name.id)
                    {
                        let f = self.func_of[&obj];
                        let a = self.cur().alloc(1);
                        self.emit(Instr::Call { a, f });
                        self.cur().free_to(a);
                    }
                }
            }
        }
        self.emit(Instr::Return { a: 0, n: 0 });
        let fs = self.fs.pop().expect("entry state");
        let proto = fs.finish();
        let i = self.funcs.len() as u32;
        self.funcs.push(Some(proto));
        // natives referenced from user code must exist
        for (name, span) in std::mem::take(&mut self.missing) {
            if self
                .sources
                .files
                .get(span.file as usize)
                .is_some_and(|f| !f.name.starts_with('$'))
            {
                self.diags.push(Diagnostic::new(
                    span,
                    format!("native function {name} is not implemented"),
                ));
            }
        }
        i
    }

    /// Compile a function declaration.
    fn compile_func(&mut self, fd: &ast::FuncDecl, name: String) -> FuncProto {
        let mut esc = std::mem::take(&mut self.esc);
        escape::analyze_func(self.info, &self.types, fd, &mut esc);
        self.esc = esc;
        let body = fd
            .body
            .as_ref()
            .expect("compile_func on a function with a body");
        let file = self.file_name(fd.span);
        let fs = FuncState::new(name, file, None);
        self.fs.push(fs);
        self.cur().line = self.line(fd.span);
        let mut params: Vec<&ast::Param> = Vec::new();
        if let Some(r) = &fd.recv {
            params.push(r);
        }
        params.extend(fd.sig.params.iter());
        let has_defer = self.esc.has_defer.contains(&escape::span_key(body.span));
        self.function_body(&params, &fd.sig, body, has_defer);
        let fs = self.fs.pop().expect("function state");
        fs.finish()
    }
}
