//! Unit tests of the checker on small programs: final types of untyped
//! constants, assignability, method sets and selections through
//! embedding, comma-ok recording, type switch bindings, initialisation
//! order, and messages.

use super::check::{CheckOptions, Program};
use super::info::{ConstValue, Mode, SelectionKind};
use super::load::check_program;
use super::ty::{Type, TypeId, TypeTable};
use crate::syntax::ast::{NodeIdGen, Span};
use crate::syntax::source::SourceMap;
use num_bigint::BigInt;

fn check(src: &str) -> Result<(SourceMap, Program), Vec<String>> {
    let mut sources = SourceMap::default();
    let mut ids = NodeIdGen::default();
    let fid = sources.add("x.go", src);
    let file = crate::syntax::parser::parse_file(&sources, fid, &mut ids)
        .map_err(|d| d.iter().map(|d| d.one_line(&sources)).collect::<Vec<_>>())?;
    match check_program(&mut sources, vec![file], &mut ids, &CheckOptions::default()) {
        Ok(p) => Ok((sources, p)),
        Err(d) => Err(d.iter().map(|d| d.one_line(&sources)).collect()),
    }
}

fn errors(src: &str) -> Vec<String> {
    match check(src) {
        Ok(_) => Vec::new(),
        Err(e) => e,
    }
}

/// The recorded type and value of the expression whose source text starts
/// at the first occurrence of `needle` (after `after`) and is exactly `needle`.
fn type_at(
    src: &str,
    p: &Program,
    after: &str,
    needle: &str,
) -> (TypeId, Option<ConstValue>, Mode) {
    let base = src.find(after).expect("anchor present");
    let lo = (base + src[base..].find(needle).expect("needle present")) as u32;
    let hi = lo + needle.len() as u32;
    // find the expression node with exactly that span: search all recorded nodes
    let mut found = None;
    for (id, tv) in &p.info.types {
        if let Some(span) = node_span(p, *id)
            && span.lo == lo
            && span.hi == hi
            && span.file == 0
        {
            found = Some((tv.ty, tv.value.clone(), tv.mode));
        }
    }
    found.unwrap_or_else(|| panic!("no recorded expression `{needle}`"))
}

/// Spans of expression nodes by id (walking the user's files).
fn node_span(p: &Program, id: crate::syntax::ast::NodeId) -> Option<Span> {
    use crate::syntax::ast::*;
    fn expr(e: &Expr, id: NodeId) -> Option<Span> {
        if e.id == id {
            return Some(e.span);
        }
        let kids: Vec<&Expr> = match &e.kind {
            ExprKind::Paren(x)
            | ExprKind::Star(x)
            | ExprKind::Unary(_, x)
            | ExprKind::Selector(x, _) => vec![x],
            ExprKind::Binary(_, x, y) | ExprKind::Index(x, y) | ExprKind::KeyValue(x, y) => {
                vec![x, y]
            }
            ExprKind::Call { func, args, .. } => {
                std::iter::once(&**func).chain(args.iter()).collect()
            }
            ExprKind::CompositeLit { ty, elts, .. } => ty
                .iter()
                .map(|t| &**t)
                .chain(
                    elts.iter()
                        .flat_map(|e| e.key.iter().chain(std::iter::once(&e.value))),
                )
                .collect(),
            ExprKind::TypeAssert(x, t) => std::iter::once(&**x)
                .chain(t.iter().map(|t| &**t))
                .collect(),
            ExprKind::Slice { x, lo, hi, max, .. } => std::iter::once(&**x)
                .chain([lo, hi, max].into_iter().flatten().map(|b| &**b))
                .collect(),
            ExprKind::FuncLit { body, .. } => return block(body, id),
            _ => vec![],
        };
        kids.into_iter().find_map(|k| expr(k, id))
    }
    fn block(b: &Block, id: NodeId) -> Option<Span> {
        b.stmts.iter().find_map(|s| stmt(s, id))
    }
    fn stmt(s: &Stmt, id: NodeId) -> Option<Span> {
        match &s.kind {
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => expr(e, id),
            StmtKind::Assign { lhs, rhs, .. } => {
                lhs.iter().chain(rhs.iter()).find_map(|e| expr(e, id))
            }
            StmtKind::Decl(d) => decl(d, id),
            StmtKind::Return(es) => es.iter().find_map(|e| expr(e, id)),
            StmtKind::Block(b) => block(b, id),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => init
                .as_ref()
                .and_then(|s| stmt(s, id))
                .or_else(|| expr(cond, id))
                .or_else(|| block(then, id))
                .or_else(|| els.as_ref().and_then(|s| stmt(s, id))),
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => init
                .as_ref()
                .and_then(|s| stmt(s, id))
                .or_else(|| cond.as_ref().and_then(|c| expr(c, id)))
                .or_else(|| post.as_ref().and_then(|s| stmt(s, id)))
                .or_else(|| block(body, id)),
            StmtKind::Range {
                key,
                value,
                expr: x,
                body,
                ..
            } => key
                .as_ref()
                .and_then(|k| expr(k, id))
                .or_else(|| value.as_ref().and_then(|v| expr(v, id)))
                .or_else(|| expr(x, id))
                .or_else(|| block(body, id)),
            StmtKind::TypeSwitch {
                subject, clauses, ..
            } => expr(subject, id).or_else(|| {
                clauses
                    .iter()
                    .find_map(|c| c.body.iter().find_map(|s| stmt(s, id)))
            }),
            StmtKind::Switch { tag, clauses, .. } => {
                tag.as_ref().and_then(|t| expr(t, id)).or_else(|| {
                    clauses.iter().find_map(|c| {
                        c.exprs
                            .iter()
                            .flatten()
                            .find_map(|e| expr(e, id))
                            .or_else(|| c.body.iter().find_map(|s| stmt(s, id)))
                    })
                })
            }
            StmtKind::Send { chan, value } => expr(chan, id).or_else(|| expr(value, id)),
            StmtKind::IncDec { target, .. } => expr(target, id),
            StmtKind::Labeled(_, s) => stmt(s, id),
            _ => None,
        }
    }
    fn decl(d: &Decl, id: NodeId) -> Option<Span> {
        match d {
            Decl::Var(specs, _) | Decl::Const(specs, _) => specs
                .iter()
                .find_map(|s| s.ty.iter().chain(s.values.iter()).find_map(|e| expr(e, id))),
            Decl::Func(f) => f.body.as_ref().and_then(|b| block(b, id)),
            Decl::Type(..) => None,
        }
    }
    p.packages
        .last()?
        .files
        .iter()
        .find_map(|f| f.decls.iter().find_map(|d| decl(d, id)))
}

#[test]
fn untyped_constants_get_their_context_type() {
    let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar f float64 = 1\n\tvar s uint = 3\n\tx := 1 << s\n\tfmt.Println(2, f, x)\n\tvar b byte = 'a' + 1\n\t_ = b\n}\n";
    let (_, p) = check(src).expect("checks");
    let (t, v, m) = type_at(src, &p, "var f", "1");
    assert_eq!((t, m), (TypeTable::FLOAT64, Mode::Constant));
    assert!(matches!(v, Some(ConstValue::Float(_))));
    // the untyped lhs of a non-constant shift takes the type of the context
    let (t, _, _) = type_at(src, &p, "x :=", "1");
    assert_eq!(t, TypeTable::INT);
    // an argument to an interface parameter gets its default type
    let (t, v, _) = type_at(src, &p, "Println(", "2");
    assert_eq!(t, TypeTable::INT);
    assert_eq!(v, Some(ConstValue::Int(BigInt::from(2))));
    let (t, v, _) = type_at(src, &p, "var b", "'a' + 1");
    assert_eq!(t, TypeTable::UINT8);
    assert_eq!(v, Some(ConstValue::Int(BigInt::from(98))));
}

#[test]
fn constant_errors_are_gos() {
    let e = errors(
        "package main\n\nfunc main() {\n\tvar b byte = 256\n\t_ = b\n\t_ = byte(300)\n\t_ = 1 / 0\n}\n",
    );
    assert_eq!(
        e,
        vec![
            "x.go:4:15: cannot use 256 (untyped int constant) as byte value in variable declaration (overflows)",
            "x.go:6:11: constant 300 overflows byte",
            "x.go:7:10: invalid operation: division by zero",
        ]
    );
}

#[test]
fn iota_and_implicit_repetition() {
    let src = "package main\n\nconst (\n\tA = iota * 10\n\tB\n\tC\n)\n\ntype W int\n\nconst (\n\tX W = 1 << iota\n\tY\n)\n\nfunc main() {\n\tprintln(C, Y)\n}\n";
    let (_, p) = check(src).expect("checks");
    let c = p.info.objects.iter().find(|o| o.name == "C").expect("C");
    assert!(
        matches!(&c.kind, super::info::ObjKind::Const(ConstValue::Int(i)) if *i == BigInt::from(20))
    );
    let y = p.info.objects.iter().find(|o| o.name == "Y").expect("Y");
    assert!(
        matches!(&y.kind, super::info::ObjKind::Const(ConstValue::Int(i)) if *i == BigInt::from(2))
    );
    assert_eq!(p.types.named(y.ty).map(|n| n.name.as_str()), Some("W"));
}

#[test]
fn assignability_and_interfaces() {
    let e = errors(
        "package main\n\ntype I interface{ M() }\ntype T struct{}\n\nfunc (t *T) M() {}\n\ntype N int\n\nfunc main() {\n\tvar i I = &T{}\n\tvar j I = T{}\n\tvar n N = 1\n\tvar k int = n\n\t_, _, _ = i, j, k\n}\n",
    );
    assert_eq!(
        e,
        vec![
            "x.go:12:12: cannot use T{} (value of struct type T) as I value in variable declaration: T does not implement I (method M has pointer receiver)",
            "x.go:14:14: cannot use n (variable of int type N) as int value in variable declaration",
        ]
    );
}

#[test]
fn promoted_methods_and_selections() {
    let src = "package main\n\nimport \"sync\"\n\ntype Inner struct{ v int }\n\nfunc (i *Inner) Bump() { i.v++ }\n\ntype Outer struct {\n\tname string\n\t*Inner\n\tmu sync.Mutex\n}\n\ntype Locked struct {\n\tsync.Mutex\n}\n\nfunc (l *Locked) Lock() { l.Mutex.Lock() }\n\nfunc main() {\n\to := Outer{Inner: &Inner{}}\n\to.Bump()\n\t_ = o.v\n\tvar l Locked\n\tl.Lock()\n\tl.Unlock()\n}\n";
    let (_, p) = check(src).expect("checks");
    let mut kinds: Vec<(SelectionKind, Vec<usize>, bool, String)> = p
        .info
        .selections
        .values()
        .map(|s| {
            (
                s.kind,
                s.index.clone(),
                s.indirect,
                p.info.object(s.obj).name.clone(),
            )
        })
        .collect();
    kinds.sort_by(|a, b| a.3.cmp(&b.3).then(a.1.cmp(&b.1)));
    assert!(kinds.contains(&(SelectionKind::MethodVal, vec![1, 0], true, "Bump".into())));
    assert!(kinds.contains(&(SelectionKind::FieldVal, vec![1, 0], true, "v".into())));
    // l.Lock() is Locked's own method; l.Unlock() is promoted from sync.Mutex
    assert!(kinds.contains(&(SelectionKind::MethodVal, vec![0], false, "Lock".into())));
    assert!(kinds.iter().any(|k| k.0 == SelectionKind::MethodVal
        && k.3 == "Unlock"
        && k.1.len() == 2
        && k.1[0] == 0));
}

#[test]
fn comma_ok_is_recorded_as_a_pair() {
    let src = "package main\n\nfunc main() {\n\tm := map[string]int{}\n\tv, ok := m[\"a\"]\n\tw := m[\"b\"]\n\t_, _, _ = v, ok, w\n}\n";
    let (_, p) = check(src).expect("checks");
    let (t, _, m) = type_at(src, &p, "v, ok", "m[\"a\"]");
    assert_eq!(m, Mode::MapIndex);
    assert!(
        matches!(p.types.get(t), Type::Tuple(ts) if ts == &vec![TypeTable::INT, TypeTable::BOOL])
    );
    let (t, _, _) = type_at(src, &p, "w :=", "m[\"b\"]");
    assert_eq!(t, TypeTable::INT);
}

#[test]
fn type_switch_clause_variables() {
    let src = "package main\n\nfunc main() {\n\tvar x any = 1\n\tswitch v := x.(type) {\n\tcase int:\n\t\t_ = v + 1\n\tcase string, bool:\n\t\t_ = v\n\t}\n}\n";
    let (_, p) = check(src).expect("checks");
    let (t, _, _) = type_at(src, &p, "case int", "v");
    assert_eq!(t, TypeTable::INT);
    let (t, _, _) = type_at(src, &p, "case string", "v");
    assert_eq!(t, TypeTable::EMPTY_INTERFACE);
}

#[test]
fn initialization_order_follows_dependencies() {
    let src = "package main\n\nvar a = b + 1\nvar b = f()\nvar c = 1\n\nfunc f() int { return c }\n\nfunc main() { println(a) }\n";
    let (_, p) = check(src).expect("checks");
    let user = p.packages.len() - 1;
    let names: Vec<String> = p
        .info
        .init_order
        .iter()
        .filter(|i| i.pkg == user)
        .map(|i| {
            i.lhs
                .iter()
                .flatten()
                .map(|o| p.info.object(*o).name.clone())
                .collect::<Vec<_>>()
                .join(",")
        })
        .collect();
    assert_eq!(names, vec!["c", "b", "a"]);
    let e = errors("package main\n\nvar x = y\nvar y = x\n\nfunc main() {}\n");
    assert_eq!(
        e,
        vec![
            "x.go:3:5: initialization cycle for x\n\tx.go:3:5: x refers to y\n\tx.go:4:5: y refers to x"
        ]
    );
}

#[test]
fn shadowing_a_package_name_is_local() {
    let src = "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc wait() {\n\ttimer := time.NewTimer(time.Millisecond)\n\ttime := <-timer.C\n\tfmt.Println(time.Year() > 0)\n}\n\nfunc main() {\n\twait()\n\ttime.Sleep(time.Millisecond)\n}\n";
    assert_eq!(errors(src), Vec::<String>::new());
}

#[test]
fn unused_and_undefined() {
    let e = errors(
        "package main\n\nimport \"os\"\n\nfunc count() int { return 0 }\n\nfunc main() {\n\tx := 1\n\t_ = cont()\n}\n",
    );
    assert_eq!(
        e,
        vec![
            "x.go:3:8: \"os\" imported and not used",
            "x.go:8:2: declared and not used: x",
            "x.go:9:6: undefined: cont"
        ]
    );
    // the hint
    let mut sources = SourceMap::default();
    let mut ids = NodeIdGen::default();
    let fid = sources.add(
        "x.go",
        "package main\n\nfunc count() int { return 0 }\n\nfunc main() {\n\t_ = cont()\n}\n",
    );
    let file = crate::syntax::parser::parse_file(&sources, fid, &mut ids).expect("parses");
    let d = check_program(&mut sources, vec![file], &mut ids, &CheckOptions::default())
        .expect_err("fails");
    assert_eq!(d[0].help.as_deref(), Some("did you mean count?"));
}

#[test]
fn repl_mode_allows_unused() {
    let mut sources = SourceMap::default();
    let mut ids = NodeIdGen::default();
    let fid = sources.add(
        "x.go",
        "package main\n\nimport \"os\"\n\nfunc main() {\n\tx := 1\n}\n",
    );
    let file = crate::syntax::parser::parse_file(&sources, fid, &mut ids).expect("parses");
    let opts = CheckOptions {
        allow_unused: true,
        test_mode: false,
    };
    assert!(check_program(&mut sources, vec![file], &mut ids, &opts).is_ok());
}

#[test]
fn natives_are_marked() {
    let (_, p) = check("package main\n\nimport \"strings\"\n\nfunc main() {\n\t_ = strings.Contains(\"ab\", \"a\")\n\tvar b strings.Builder\n\tb.WriteString(\"x\")\n}\n").expect("checks");
    let contains = p
        .info
        .objects
        .iter()
        .find(|o| o.name == "Contains" && o.pkg == "strings")
        .expect("Contains");
    assert!(matches!(
        contains.kind,
        super::info::ObjKind::Func { native: true, .. }
    ));
    assert_eq!(contains.qualified_name(&p.types), "strings.Contains");
    let ws = p
        .info
        .objects
        .iter()
        .find(|o| o.name == "WriteString" && o.pkg == "strings" && o.recv_named.is_some())
        .expect("WriteString");
    assert!(matches!(
        ws.kind,
        super::info::ObjKind::Func {
            native: false,
            has_recv: true
        }
    ));
    assert_eq!(ws.qualified_name(&p.types), "strings.Builder.WriteString");
}

#[test]
fn every_library_package_checks() {
    for path in crate::stdlib::decls::PACKAGES {
        let src = format!("package main\n\nimport _ \"{path}\"\n\nfunc main() {{}}\n");
        assert_eq!(errors(&src), Vec::<String>::new(), "package {path}");
    }
}

#[test]
fn package_member_hint() {
    let mut sources = SourceMap::default();
    let mut ids = NodeIdGen::default();
    let fid = sources.add(
        "x.go",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Printn(\"x\")\n}\n",
    );
    let file = crate::syntax::parser::parse_file(&sources, fid, &mut ids).expect("parses");
    let d = check_program(&mut sources, vec![file], &mut ids, &CheckOptions::default())
        .expect_err("fails");
    assert_eq!(d[0].message, "undefined: fmt.Printn");
    assert_eq!(d[0].help.as_deref(), Some("did you mean fmt.Println?"));
}

/// The natives every library package declares (functions and methods
/// without a body), by qualified name, one per line: the list the runtime
/// must implement. `UPDATE_NATIVES=1 cargo test natives_list` rewrites it.
#[test]
fn natives_list() {
    let imports: String = crate::stdlib::decls::PACKAGES
        .iter()
        .map(|p| format!("\t_ \"{p}\"\n"))
        .collect();
    let src = format!("package main\n\nimport (\n{imports})\n\nfunc main() {{}}\n");
    let (_, p) = check(&src).expect("all packages check");
    let mut names: Vec<String> = p
        .info
        .objects
        .iter()
        .filter(|o| matches!(o.kind, super::info::ObjKind::Func { native: true, .. }))
        .map(|o| {
            let sig = p.types.type_string(o.ty, false);
            format!(
                "{} {}",
                o.qualified_name(&p.types),
                sig.strip_prefix("func").unwrap_or(&sig)
            )
        })
        .collect();
    names.sort();
    let text = names.join("\n") + "\n";
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/stdlib/decls/NATIVES.txt");
    if std::env::var_os("UPDATE_NATIVES").is_some() {
        std::fs::write(&path, &text).expect("write NATIVES.txt");
    }
    let want = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(
        want, text,
        "src/stdlib/decls/NATIVES.txt is stale: run UPDATE_NATIVES=1 cargo test natives_list"
    );
}
