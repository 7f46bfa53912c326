//! The command line: `gosub run FILE.go...`, `gosub FILE.go`, `gosub check
//! FILES`, `gosub disasm FILE.go`. The pipeline lives in library functions
//! (`run_files`, `check_files`) so tests can call them.

use crate::syntax::source::SourceMap;
use crate::types::check::{CheckOptions, Program as Checked};
use crate::vm::fiber::{Fiber, Machine};
use crate::vm::heap::Store;
use crate::vm::output::Output;
use crate::vm::program::Program;
use crate::vm::value::{Callee, Closure, Value};
use std::io::IsTerminal;
use std::sync::Arc;

/// Parse, check and compile `paths`; diagnostics are printed to stderr.
pub fn build(paths: &[String]) -> Result<(Program, SourceMap), i32> {
    let (sources, checked) = crate::types::load::check_files(paths, &CheckOptions::default());
    let checked: Checked = match checked {
        Ok(c) => c,
        Err(diags) => {
            eprint!(
                "{}",
                crate::diag::render(&sources, &diags, std::io::stderr().is_terminal())
            );
            return Err(1);
        }
    };
    match crate::compiler::compile(&checked, &sources) {
        Ok(p) => Ok((p, sources)),
        Err(diags) => {
            eprint!(
                "{}",
                crate::diag::render(&sources, &diags, std::io::stderr().is_terminal())
            );
            Err(1)
        }
    }
}

/// A machine ready to run `prog` (globals zeroed), with the given output.
pub fn machine(prog: Program, out: Output, args: Vec<String>) -> Arc<Machine> {
    let prog = Arc::new(prog);
    let globals: Vec<Value> = prog.global_types.iter().map(|t| prog.zero(*t)).collect();
    Arc::new(Machine {
        prog,
        globals: Arc::new(Store::from_values(globals)),
        out,
        args,
    })
}

/// Run a compiled program's main goroutine to completion: the exit code.
pub fn run_program(m: &Arc<Machine>) -> i32 {
    let entry = Value::Func(Arc::new(Closure {
        callee: Callee::Go(m.prog.entry),
        captures: Box::new([]),
        recv: None,
    }));
    let f = Fiber::new(m.clone(), entry, vec![], 1);
    crate::vm::task::run_main(f)
}

/// `gosub run FILES -- args`: the process exit code.
pub fn run_files(paths: &[String], args: &[String]) -> i32 {
    let (prog, _) = match build(paths) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let mut argv = vec![
        paths
            .first()
            .map(|p| p.trim_end_matches(".go").to_string())
            .unwrap_or_default(),
    ];
    argv.extend(args.iter().cloned());
    let m = machine(prog, Output::stdio(), argv);
    run_program(&m)
}

/// Run Go source files capturing (exit code, stdout, stderr): for tests.
pub fn run_captured(paths: &[String]) -> (i32, String, String) {
    let (sources, checked) = crate::types::load::check_files(paths, &CheckOptions::default());
    let checked = match checked {
        Ok(c) => c,
        Err(diags) => {
            return (
                1,
                String::new(),
                crate::diag::render(&sources, &diags, false),
            );
        }
    };
    let prog = match crate::compiler::compile(&checked, &sources) {
        Ok(p) => p,
        Err(diags) => {
            return (
                1,
                String::new(),
                crate::diag::render(&sources, &diags, false),
            );
        }
    };
    let m = machine(prog, Output::capturing(), vec!["prog".into()]);
    let code = run_program(&m);
    let (o, e) = m.out.captured();
    (
        code,
        String::from_utf8_lossy(&o).into_owned(),
        String::from_utf8_lossy(&e).into_owned(),
    )
}

pub fn main_with(args: Vec<String>) -> i32 {
    let usage =
        "usage: gosub run FILE.go... | gosub FILE.go | gosub test [-v] [-run RE] [PATHS] | gosub check FILES | gosub disasm FILE.go";
    let Some(cmd) = args.first() else {
        eprintln!("{usage}");
        return 2;
    };
    let split = |rest: &[String]| -> (Vec<String>, Vec<String>) {
        let mut files = Vec::new();
        let mut prog_args = Vec::new();
        let mut in_args = false;
        for a in rest {
            if in_args {
                prog_args.push(a.clone());
            } else if a == "--" {
                in_args = true;
            } else if a.ends_with(".go") || std::path::Path::new(a).is_dir() {
                files.push(a.clone());
            } else {
                in_args = true;
                prog_args.push(a.clone());
            }
        }
        (files, prog_args)
    };
    match cmd.as_str() {
        "test" => crate::testrunner::main(&args[1..]),
        "run" => {
            let (files, pargs) = split(&args[1..]);
            run_files(&files, &pargs)
        }
        "check" => {
            let (sources, checked) =
                crate::types::load::check_files(&args[1..], &CheckOptions::default());
            match checked {
                Ok(_) => 0,
                Err(diags) => {
                    eprint!(
                        "{}",
                        crate::diag::render(&sources, &diags, std::io::stderr().is_terminal())
                    );
                    1
                }
            }
        }
        "disasm" => match build(&args[1..]) {
            Ok((p, _)) => {
                print!("{}", crate::vm::disasm::disasm(&p));
                0
            }
            Err(c) => c,
        },
        f if f.ends_with(".go") => {
            let (files, pargs) = split(&args);
            run_files(&files, &pargs)
        }
        _ => {
            eprintln!("{usage}");
            2
        }
    }
}
