//! A linked program: compiled functions, natives, globals and the type
//! table, shared read-only by every goroutine (`Arc<Program>`).

use super::instr::Instr;
use super::native::NativeFn;
use super::value::{Callee, Value};
use crate::types::ty::{ObjId, TypeId, TypeTable};
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

/// One compiled function (a Go function, method, closure body or the
/// synthesized program entry).
#[derive(Default, Debug)]
pub struct FuncProto {
    /// Go's name for tracebacks: `main.f`, `main.(*T).M`, `main.main.func1`.
    pub name: String,
    /// Source file path, for tracebacks.
    pub file: String,
    /// Parameters, receiver first for methods; variadic last as a slice.
    pub nparams: u16,
    pub nresults: u16,
    /// Registers the frame needs (parameters included).
    pub nregs: u16,
    pub ncaptures: u16,
    pub code: Vec<Instr>,
    /// Source line of each instruction.
    pub lines: Vec<u32>,
    pub consts: Vec<Value>,
    /// Where a frame resumes after a deferred call recovered a panic: runs the
    /// remaining defers and returns the (named) results.
    pub recover_pc: Option<u32>,
    /// Cache of `window()`. (`code` must not change once the function has
    /// run: the linked program is shared read-only.)
    pub window_cache: OnceLock<u32>,
}

impl FuncProto {
    /// The registers a frame of this function reserves: `nregs`, raised if
    /// needed to cover every register that a `Reg` field of an instruction
    /// names (`Instr::max_reg`). The dispatch loop accesses those registers
    /// without bounds checks on the strength of this.
    #[inline]
    pub fn window(&self) -> usize {
        match self.window_cache.get() {
            Some(&w) => w as usize,
            None => self.init_window(),
        }
    }

    #[cold]
    fn init_window(&self) -> usize {
        *self.window_cache.get_or_init(|| {
            self.code
                .iter()
                .filter_map(Instr::max_reg)
                .map(|r| r as u32 + 1)
                .fold(self.nregs as u32, u32::max)
        }) as usize
    }
}

/// A native (Rust) function bound at link time.
pub struct NativeEntry {
    /// The qualified name: `strings.Contains`, `sync.Mutex.Lock`.
    pub name: String,
    pub f: NativeFn,
    pub nparams: u16,
    pub nresults: u16,
}

/// Runtime-error types the VM adds to the type table (Go's own names, for `%T`).
#[derive(Clone, Copy, Debug)]
pub struct RtTypes {
    /// `runtime.boundsError`: index and slice bounds.
    pub bounds_error: TypeId,
    /// `runtime.errorString`: divide by zero, nil dereference, ...
    pub error_string: TypeId,
    /// `runtime.plainError`: `assignment to entry in nil map`, channel misuse.
    pub plain_error: TypeId,
    /// `*runtime.TypeAssertionError`.
    pub type_assertion_error: TypeId,
    /// `*runtime.PanicNilError`: the value of `panic(nil)` (Go 1.21+).
    pub panic_nil_error: TypeId,
    /// `*errors.errorString`: errors made by the natives `errors.New` and
    /// `fmt.Errorf` (the value is the message).
    pub simple_error: TypeId,
}

impl RtTypes {
    /// Add the VM's error types to the type table (before it is shared).
    pub fn install(types: &mut TypeTable) -> RtTypes {
        let mut named = |name: &str, pkg: &str| {
            let t = types.new_named(name, pkg);
            types.set_underlying(t, TypeTable::STRING);
            t
        };
        let bounds_error = named("boundsError", "runtime");
        let error_string = named("errorString", "runtime");
        let plain_error = named("plainError", "runtime");
        let tae = named("TypeAssertionError", "runtime");
        let pne = named("PanicNilError", "runtime");
        let es = named("errorString", "errors");
        RtTypes {
            bounds_error,
            error_string,
            plain_error,
            type_assertion_error: types.pointer(tae),
            panic_nil_error: types.pointer(pne),
            simple_error: types.pointer(es),
        }
    }
    /// The types whose `Error()` is their string value.
    pub fn error_types(&self) -> [TypeId; 6] {
        [
            self.bounds_error,
            self.error_string,
            self.plain_error,
            self.type_assertion_error,
            self.panic_nil_error,
            self.simple_error,
        ]
    }
}

pub struct Program {
    pub types: Arc<TypeTable>,
    pub funcs: Vec<Arc<FuncProto>>,
    pub natives: Vec<NativeEntry>,
    /// Zero values of the package-level variables (aggregates are fresh
    /// stores created once at start).
    pub global_types: Vec<TypeId>,
    /// Package-level variables by qualified name (`io.EOF`), for natives.
    pub global_names: HashMap<String, u32>,
    /// The synthesized entry: package var initialisation, `init`s, `main.main`.
    pub entry: u32,
    /// Method objects to what they call (Go functions or natives).
    pub method_impls: HashMap<ObjId, Callee>,
    pub rt: RtTypes,
    /// Method names of each interface type, for `implements`.
    pub rt_cache: super::types_rt::RtCache,
}

impl Program {
    pub fn func(&self, i: u32) -> &Arc<FuncProto> {
        &self.funcs[i as usize]
    }
    /// The name of a callee, for tracebacks and disasm.
    pub fn callee_name(&self, c: Callee) -> &str {
        match c {
            Callee::Go(i) => &self.funcs[i as usize].name,
            Callee::Native(i) => &self.natives[i as usize].name,
        }
    }
    pub fn callee_arity(&self, c: Callee) -> (u16, u16) {
        match c {
            Callee::Go(i) => {
                let f = &self.funcs[i as usize];
                (f.nparams, f.nresults)
            }
            Callee::Native(i) => {
                let n = &self.natives[i as usize];
                (n.nparams, n.nresults)
            }
        }
    }
}
