//! Hand-built bytecode tests of the dispatch loop.

use super::fiber::{Fiber, Machine};
use super::heap::Store;
use super::instr::Instr::{self, *};
use super::output::Output;
use super::program::{FuncProto, Program, RtTypes};
use super::value::{Callee, Closure, Value};
use crate::types::ty::TypeTable;
use std::sync::Arc;

fn program(funcs: Vec<FuncProto>) -> Arc<Machine> {
    let mut types = TypeTable::new();
    let rt = RtTypes::install(&mut types);
    let prog = Arc::new(Program {
        types: Arc::new(types),
        funcs: funcs.into_iter().map(Arc::new).collect(),
        natives: vec![],
        global_types: vec![],
        global_names: Default::default(),
        entry: 0,
        method_impls: Default::default(),
        rt,
        rt_cache: Default::default(),
    });
    Arc::new(Machine {
        prog,
        globals: Arc::new(Store::from_values(vec![])),
        out: Output::capturing(),
        args: vec![],
    })
}

fn func(name: &str, nparams: u16, nresults: u16, nregs: u16, code: Vec<Instr>) -> FuncProto {
    let n = code.len();
    FuncProto {
        name: name.into(),
        file: "test.go".into(),
        nparams,
        nresults,
        nregs,
        code,
        lines: vec![1; n],
        ..Default::default()
    }
}

/// fib(n) with the code the compiler emits for it.
pub fn fib_func() -> FuncProto {
    func(
        "main.fib",
        1,
        1,
        4,
        vec![
            LtIntK { a: 1, b: 0, k: 2 },
            JmpIfNot { a: 1, sj: 1 },
            Return { a: 0, n: 1 },
            AddIntK { a: 2, b: 0, k: -1 },
            Call { a: 2, f: 0 },
            AddIntK { a: 3, b: 0, k: -2 },
            Call { a: 3, f: 0 },
            AddInt { a: 1, b: 2, c: 3 },
            Return { a: 1, n: 1 },
        ],
    )
}

fn call(m: &Arc<Machine>, f: u32, args: &[Value]) -> Vec<Value> {
    let mut fiber = Fiber::new(m.clone(), Value::Nil, vec![], 1);
    let fv = Value::Func(Arc::new(Closure {
        callee: Callee::Go(f),
        captures: std::boxed::Box::new([]),
        recv: None,
    }));
    fiber.call_nested(&fv, args).expect("no panic")
}

#[test]
fn fib_runs() {
    let m = program(vec![fib_func()]);
    let r = call(&m, 0, &[Value::Int(20)]);
    assert_eq!(r[0].int(), 6765);
}

#[test]
fn divide_by_zero_panics() {
    let m = program(vec![func(
        "main.main",
        0,
        0,
        3,
        vec![
            LoadInt { a: 0, i: 1 },
            LoadInt { a: 1, i: 0 },
            DivInt { a: 2, b: 0, c: 1 },
            Return { a: 0, n: 0 },
        ],
    )]);
    let fv = Value::Func(Arc::new(Closure {
        callee: Callee::Go(0),
        captures: std::boxed::Box::new([]),
        recv: None,
    }));
    let fiber = Fiber::new(m.clone(), fv, vec![], 1);
    let code = super::task::run_main(fiber);
    assert_eq!(code, 2);
    let (_, err) = m.out.captured();
    let err = String::from_utf8(err).unwrap();
    assert!(
        err.starts_with("panic: runtime error: integer divide by zero\n"),
        "{err}"
    );
    assert!(
        err.contains("goroutine 1 [running]:\nmain.main(...)"),
        "{err}"
    );
}

#[test]
fn parked_fiber_is_small() {
    let m = program(vec![fib_func()]);
    let fv = Value::Func(Arc::new(Closure {
        callee: Callee::Go(0),
        captures: std::boxed::Box::new([]),
        recv: None,
    }));
    let f = Fiber::new(m, fv, vec![Value::Int(1)], 1);
    assert!(f.footprint() <= 1024, "{}", f.footprint());
}

#[test]
#[ignore = "benchmark: cargo test --release --lib fib_bench -- --ignored --nocapture"]
fn fib_bench() {
    let m = program(vec![fib_func()]);
    let t = std::time::Instant::now();
    let n: i64 = std::env::var("FIB_N")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(32);
    let r = call(&m, 0, &[Value::Int(n)]);
    println!("fib({n}) = {} in {:?}", r[0].int(), t.elapsed());
}

#[test]
fn sizes() {
    println!(
        "Fiber {} Frame {} Value {} Instr {}",
        std::mem::size_of::<Fiber>(),
        std::mem::size_of::<super::fiber::Frame>(),
        std::mem::size_of::<Value>(),
        std::mem::size_of::<Instr>()
    );
    assert!(std::mem::size_of::<super::fiber::Frame>() <= 48);
}
