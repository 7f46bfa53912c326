//! `gosub disasm`: each function's bytecode, one instruction a line, with
//! its source line and the constant or callee it names, so the listing
//! reads like the opcode table in `instr.rs`.

use super::instr::Instr;
use super::program::Program;
use std::fmt::Write;

pub fn disasm(prog: &Program) -> String {
    let mut s = String::new();
    for (i, f) in prog.funcs.iter().enumerate() {
        let _ = writeln!(
            s,
            "func {} #{i} (params {}, results {}, registers {}, captures {}){}",
            f.name,
            f.nparams,
            f.nresults,
            f.nregs,
            f.ncaptures,
            f.recover_pc
                .map(|p| format!(", recover at {p}"))
                .unwrap_or_default()
        );
        for (pc, ins) in f.code.iter().enumerate() {
            let line = f.lines.get(pc).copied().unwrap_or(0);
            let note = note(prog, f, pc, ins);
            let _ = writeln!(s, "  {pc:4}  [{line:4}]  {}{note}", fmt_instr(ins));
        }
        s.push('\n');
    }
    s
}

fn fmt_instr(ins: &Instr) -> String {
    // Debug gives `AddInt { a: 1, b: 2, c: 3 }`; tighten it to `AddInt a=1 b=2 c=3`
    let d = format!("{ins:?}");

    d.replace(" { ", " ")
        .replace(" }", "")
        .replace(": ", "=")
        .replace(',', "")
}

fn note(prog: &Program, f: &super::program::FuncProto, pc: usize, ins: &Instr) -> String {
    match ins {
        Instr::LoadK { k, .. } => format!("\t; {:?}", f.consts.get(*k as usize)),
        Instr::Call { f: g, .. }
        | Instr::Go { f: g, .. }
        | Instr::Defer { f: g, .. }
        | Instr::Closure { f: g, .. }
        | Instr::FuncVal { f: g, .. } => {
            format!("\t; {}", prog.funcs[*g as usize].name)
        }
        Instr::CallNative { n, .. }
        | Instr::GoNative { n, .. }
        | Instr::DeferNative { n, .. }
        | Instr::NativeVal { n, .. } => {
            format!("\t; {}", prog.natives[*n as usize].name)
        }
        Instr::CallIface { m, .. } | Instr::GoIface { m, .. } | Instr::DeferIface { m, .. } => {
            format!(
                "\t; .{}",
                String::from_utf8_lossy(f.consts[*m as usize].str())
            )
        }
        Instr::Jmp { sj } | Instr::JmpIf { sj, .. } | Instr::JmpIfNot { sj, .. } => {
            format!("\t; to {}", pc as i64 + 1 + *sj as i64)
        }
        Instr::JmpLtInt { sj, .. } | Instr::JmpGeInt { sj, .. } => {
            format!("\t; to {}", pc as i64 + 1 + *sj as i64)
        }
        Instr::Zero { ty, .. } | Instr::New { ty, .. } | Instr::MakeMap { ty, .. } => {
            format!(
                "\t; {}",
                prog.types.type_string(crate::types::ty::TypeId(*ty), true)
            )
        }
        Instr::Extra { x } => match f.code.get(pc.wrapping_sub(1)) {
            Some(Instr::BindMethod { .. }) => format!(
                "\t; {}",
                prog.funcs
                    .get(*x as usize)
                    .map(|f| f.name.as_str())
                    .unwrap_or("?")
            ),
            Some(Instr::BindNative { .. }) => format!(
                "\t; {}",
                prog.natives
                    .get(*x as usize)
                    .map(|f| f.name.as_str())
                    .unwrap_or("?")
            ),
            Some(Instr::BindIface { .. }) => format!(
                "\t; .{}",
                String::from_utf8_lossy(f.consts[*x as usize].str())
            ),
            _ => {
                if (*x as usize) < prog.types.len() {
                    format!(
                        "\t; {}",
                        prog.types.type_string(crate::types::ty::TypeId(*x), true)
                    )
                } else {
                    String::new()
                }
            }
        },
        _ => String::new(),
    }
}
