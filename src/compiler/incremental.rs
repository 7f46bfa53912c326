//! Incremental compilation, for the REPL (a hook of the REPL into the
//! compiler; nothing else uses it).
//!
//! The REPL checks each input as a new package whose scope is nested in the
//! previous input's, with one persistent checker, so `TypeId`s and `ObjId`s
//! only ever grow. This module compiles just the packages added by one
//! input and links them after everything compiled before: function,
//! native and global numbers are append-only too, so a closure, a method
//! value or a goroutine made by an earlier input stays valid in every later
//! `Program` (each is a superset of the one before).
//!
//! Per input, the entry function runs the package-level variable
//! initialisers and `init` functions of the new packages (library packages
//! loaded for this input included), then calls the input's own function.

use super::Compiler;
use super::escape::Escapes;
use super::func::FuncState;
use crate::diag::Diagnostic;
use crate::syntax::ast;
use crate::syntax::source::SourceMap;
use crate::types::check::CheckedPackage;
use crate::types::info::Info;
use crate::types::ty::{ObjId, TypeId, TypeTable};
use crate::vm::instr::Instr;
use crate::vm::program::{FuncProto, NativeEntry, Program, RtTypes};
use crate::vm::value::Callee;
use std::collections::HashMap;
use std::sync::Arc;

/// What stays compiled between REPL inputs.
pub struct Linked {
    pub funcs: Vec<Arc<FuncProto>>,
    pub func_of: HashMap<ObjId, u32>,
    pub natives: Vec<NativeEntry>,
    pub native_of: HashMap<ObjId, u32>,
    pub globals: HashMap<ObjId, u32>,
    pub global_types: Vec<TypeId>,
    pub global_names: HashMap<String, u32>,
    pub rt: RtTypes,
}

impl Linked {
    /// Nothing compiled yet. `rt` must already be installed in the type
    /// table the checker goes on growing (`RtTypes::install`).
    pub fn new(rt: RtTypes) -> Linked {
        Linked {
            funcs: Vec::new(),
            func_of: HashMap::new(),
            natives: Vec::new(),
            native_of: HashMap::new(),
            globals: HashMap::new(),
            global_types: Vec::new(),
            global_names: HashMap::new(),
            rt,
        }
    }
}

/// One input to compile.
pub struct Step<'a> {
    /// Every package checked so far, in checking order (`Initializer::pkg`
    /// indexes it); the new ones are `all[first_new..]`.
    pub all: &'a [&'a CheckedPackage],
    pub first_new: usize,
    /// Variables declared at the top of the input's function that live on
    /// as package-level variables (the REPL marked them global in `Info`).
    pub promoted: &'a [ObjId],
    /// The input's own function (declared in the last new package), if any.
    pub main: Option<ObjId>,
}

/// Compile the packages of `step` after those in `linked`. On success the
/// new code is appended to `linked` and the returned program runs the
/// input (its `entry`); the (possibly grown) type table is returned too and
/// must replace the checker's. On error `linked` is unchanged.
pub fn compile_step(
    linked: &mut Linked,
    info: &Info,
    types: &TypeTable,
    sources: &SourceMap,
    step: &Step,
) -> Result<(Program, TypeTable), Vec<Diagnostic>> {
    let old_funcs = linked.funcs.len();
    let old_natives = linked.natives.len();
    let old_globals = linked.global_types.len();
    let mut c = Compiler {
        info,
        types: types.clone(),
        sources,
        funcs: (0..old_funcs).map(|_| None).collect(),
        func_of: linked.func_of.clone(),
        natives: linked.natives.iter().map(copy_native).collect(),
        native_of: linked.native_of.clone(),
        missing: Vec::new(),
        globals: linked.globals.clone(),
        global_types: linked.global_types.clone(),
        global_names: linked.global_names.clone(),
        esc: Escapes::default(),
        fs: Vec::new(),
        pkg: String::new(),
        rt: linked.rt,
        diags: Vec::new(),
        too_large: false,
        hoisted: HashMap::new(),
    };
    let new = &step.all[step.first_new..];
    // 1. number the new functions, natives and globals
    for pkg in new {
        c.number_package(pkg);
    }
    for &obj in step.promoted {
        let g = c.global_types.len() as u32;
        c.globals.insert(obj, g);
        c.global_types.push(c.info.object(obj).ty);
    }
    // 2. compile the new bodies
    for pkg in new {
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
                    let Some(&idx) = c.func_of.get(&obj) else {
                        continue;
                    };
                    let name = c.func_name(fd);
                    let proto = c.compile_func(fd, name);
                    c.funcs[idx as usize] = Some(proto);
                }
            }
        }
    }
    // the input's function is `main.main` in tracebacks
    if let Some(obj) = step.main
        && let Some(&idx) = c.func_of.get(&obj)
        && let Some(Some(proto)) = c.funcs.get_mut(idx as usize)
    {
        proto.name = "main.main".into();
    }
    // 3. the entry
    let entry = c.step_entry(step);
    if c.too_large {
        c.diags.push(Diagnostic::new(
            ast::Span::default(),
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
    let fresh: Vec<Arc<FuncProto>> = c
        .funcs
        .drain(old_funcs..)
        .map(|f| Arc::new(f.unwrap_or_default()))
        .collect();
    linked.funcs.extend(fresh);
    linked.natives.extend(c.natives.drain(old_natives..));
    linked.func_of = c.func_of;
    linked.native_of = c.native_of;
    linked.globals = c.globals;
    linked.global_types = c.global_types;
    linked.global_names = c.global_names;
    debug_assert!(linked.global_types.len() >= old_globals);
    let types = c.types;
    let prog = Program {
        types: Arc::new(types.clone()),
        funcs: linked.funcs.clone(),
        natives: linked.natives.iter().map(copy_native).collect(),
        global_types: linked.global_types.clone(),
        global_names: linked.global_names.clone(),
        entry,
        method_impls,
        rt: linked.rt,
        rt_cache: Default::default(),
    };
    Ok((prog, types))
}

fn copy_native(n: &NativeEntry) -> NativeEntry {
    NativeEntry {
        name: n.name.clone(),
        f: n.f,
        nparams: n.nparams,
        nresults: n.nresults,
    }
}

impl<'a> Compiler<'a> {
    /// The entry of one REPL input: initialisers and `init`s of the new
    /// packages, then the input's function.
    fn step_entry(&mut self, step: &Step) -> u32 {
        let mut fs = FuncState::new("main.main".into(), String::new(), None);
        fs.line = 0;
        self.fs.push(fs);
        for init in &self.info.init_order.clone() {
            if init.pkg < step.first_new {
                continue;
            }
            let Some(pkg) = step.all.get(init.pkg) else {
                continue;
            };
            self.pkg = pkg.path.clone();
            let Some(file) = pkg.files.get(init.file) else {
                continue;
            };
            let Some(ast::Decl::Var(specs, _)) = file.decls.get(init.decl) else {
                continue;
            };
            let Some(spec) = specs.get(init.spec) else {
                continue;
            };
            let mut esc = std::mem::take(&mut self.esc);
            for v in &spec.values {
                super::escape::analyze_expr(self.info, &self.types, v, &mut esc);
            }
            self.esc = esc;
            let line = self.line(spec.span);
            self.cur().line = line;
            self.global_init(spec);
        }
        let mut calls: Vec<u32> = Vec::new();
        for pkg in &step.all[step.first_new..] {
            for file in &pkg.files {
                for d in &file.decls {
                    if let ast::Decl::Func(fd) = d
                        && fd.recv.is_none()
                        && fd.body.is_some()
                        && fd.name.name == "init"
                        && let Some(obj) = self.info.defs.get(&fd.name.id)
                        && let Some(&f) = self.func_of.get(obj)
                    {
                        calls.push(f);
                    }
                }
            }
        }
        if let Some(obj) = step.main
            && let Some(&f) = self.func_of.get(&obj)
        {
            calls.push(f);
        }
        for f in calls {
            let a = self.cur().alloc(1);
            self.emit(Instr::Call { a, f });
            self.cur().free_to(a);
        }
        self.emit(Instr::Return { a: 0, n: 0 });
        let fs = self.fs.pop().expect("entry state pushed above");
        let proto = fs.finish();
        let i = self.funcs.len() as u32;
        self.funcs.push(Some(proto));
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
}
