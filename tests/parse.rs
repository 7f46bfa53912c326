//! Parser tests: whole Go programs that must parse, the shape of the tree
//! for the tricky corners of Go's syntax, and syntax errors with Go's
//! wording and position.

use gosub::syntax::ast::*;
use gosub::syntax::parser::{ReplItem, is_incomplete, parse_file, parse_repl};
use gosub::syntax::source::SourceMap;

fn parse(src: &str) -> Result<File, Vec<String>> {
    let mut sources = SourceMap::default();
    let file = sources.add("x.go", src);
    let mut ids = NodeIdGen::default();
    parse_file(&sources, file, &mut ids)
        .map_err(|errs| errs.iter().map(|d| d.one_line(&sources)).collect())
}

fn parse_ok(src: &str) -> File {
    match parse(src) {
        Ok(f) => f,
        Err(e) => panic!("parse failed:\n{}\n--- source ---\n{src}", e.join("\n")),
    }
}

/// The first error, `x.go:LINE:COL: message`.
fn first_error(src: &str) -> String {
    match parse(src) {
        Ok(_) => panic!("expected a syntax error in:\n{src}"),
        Err(e) => e[0].clone(),
    }
}

/// Parse statements inside `func main`.
fn body(stmts: &str) -> Vec<Stmt> {
    let f = parse_ok(&format!("package main\nfunc main() {{\n{stmts}\n}}\n"));
    match f.decls.into_iter().last() {
        Some(Decl::Func(fd)) => fd.body.expect("main has a body").stmts,
        _ => panic!("no func"),
    }
}

fn parse_dir(dir: &std::path::Path) -> usize {
    let mut count = 0;
    let mut failures = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("readable dir")
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "go"))
    {
        let text = std::fs::read_to_string(&path).expect("readable file");
        if let Err(e) = parse(&text) {
            failures.push(format!("{}: {}", path.display(), e.join("; ")));
        }
        count += 1;
    }
    assert!(
        failures.is_empty(),
        "{} files failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    count
}

#[test]
fn testdata_programs_parse() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/testdata/check/ok");
    // the checker's copy of the conformance corpus: it must all parse
    assert!(parse_dir(&dir) >= 150);
}

#[test]
fn shared_conformance_programs_parse() {
    let dir = std::path::Path::new("/work/shared/conformance");
    if dir.exists() {
        parse_dir(dir);
    }
}

#[test]
fn every_syntax_form_parses() {
    parse_ok(
        r#"package main

import (
	"fmt"
	m "math"
	_ "os"
	. "strings"
)

type (
	Point struct {
		X, Y int `json:"x"`
		*Inner
		fmt.Stringer
		Name string "tag"
	}
	Shape interface {
		Area() float64
		fmt.Stringer
		Scale(f float64) (Shape, error)
	}
	Alias = Point
	Fn    func(int, ...string) (n int, err error)
	Ch    <-chan chan<- int
	Arr   [2 * N][]map[string]*Point
)

const (
	A = iota
	B
	C, D = 1 << iota, "x"
)

var x, y int = 1, 2
var z = []byte("hi")

func (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }
func (Point) Value() int         { return 0 }
func variadic(prefix string, args ...interface{}) {}
func results() (int, string)     { return 1, "a" }
func named() (a, b int)          { return }
func noBody()

func main() {
	p := Point{X: 1, Y: 2}
	ps := []Point{{1, 2}, {X: 3}}
	mp := map[string]Point{"a": {1, 2}}
	arr := [...]int{1, 2, 3}
	nested := [][]int{{1}, {2, 3}}
	ptrs := []*Point{{1, 2}}
	_ = (*Point)(nil)
	_ = []int(nil)
	_ = map[string]int{}
	_ = chan int(nil)
	_ = interface{}(p)
	_ = func(a, b int) int { return a + b }(1, 2)
	var f func() = func() {}
	g := []func(){f, func() {}}
	ch := make(chan func(), 1)
	rc := make(<-chan int)
	_, _, _, _, _, _, _, _, _ = ps, mp, arr, nested, ptrs, g, ch, rc, m.Pi
	s := arr[1:2]
	s = arr[:]
	s = arr[1:2:3]
	s = arr[:2:3]
	variadic("x", s, 1)
	variadic("x", []interface{}{1}...)
	if v, ok := mp["a"]; ok && v.X > 0 {
	} else if x := 2; x > 1 {
	} else {
	}
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
	}
	for i := range 10 {
		_ = i
	}
	for k, v := range mp {
		_, _ = k, v
	}
	for k = range mp {
	}
	for range s {
	}
	for x < 10 {
		x++
	}
	for {
		break
	}
	for _, b := range []byte("abc") {
		_ = b
	}
	for _, q := range []Point{{1, 2}} {
		_ = q
	}
outer:
	for ;; {
		switch {
		case x > 1:
			fallthrough
		case x > 2, x < 0:
			break outer
		default:
			goto done
		}
	}
done:
	switch y := x; y {
	case 1:
	}
	var i interface{} = 1
	switch t := i.(type) {
	case int, string:
		_ = t
	case nil:
	case []int, map[string]int, func(), *Point, chan int:
	default:
	}
	switch i.(type) {
	}
	c := make(chan int)
	select {
	case v := <-c:
		_ = v
	case v, ok := <-c:
		_, _ = v, ok
	case c <- 1:
	case <-c:
	default:
	}
	go func() { c <- 1 }()
	defer fmt.Println("done")
	x = -x + ^y*3&^1 | 4<<2 >> 1
	b := !(x == y) || x != y && x <= y
	_ = b
	_ = 'a' + '\n' + '\x41' + '\u00e9' + '\U0001F600' + '\101'
	_ = 0x1F + 0o17 + 017 + 0b101 + 1_000
	_ = 1.5 + .5 + 1. + 1e10 + 0x1p-2
	_ = `raw
string`
	x <<= 2
	x &^= 1
	_ = i.(fmt.Stringer)
	_ = &Point{}
	_ = *(&p)
	_ = struct{ a int }{1}
	var _ = [2]struct{}{}
	type local int
	const lc = 1
	{
		var inner = 1
		_ = inner
	}
	;
	_ = Index("ab", "b")
}
"#,
    );
}

#[test]
fn composite_literal_in_header_is_a_block() {
    // `if x == y {` must open the block, not a literal `y{`.
    let stmts = body("x, y := 1, 2\nif x == y {\n}\nfor x < y {\n}\nswitch x {\n}");
    assert!(matches!(stmts[1].kind, StmtKind::If { .. }));
    assert!(matches!(stmts[2].kind, StmtKind::For { .. }));
    assert!(matches!(stmts[3].kind, StmtKind::Switch { .. }));
    // Parenthesised, it is a literal.
    let stmts = body("if p == (Point{}) {\n}");
    let StmtKind::If { cond, .. } = &stmts[0].kind else {
        panic!()
    };
    let ExprKind::Binary(_, _, y) = &cond.kind else {
        panic!()
    };
    assert!(
        matches!(&y.kind, ExprKind::Paren(inner) if matches!(inner.kind, ExprKind::CompositeLit { .. }))
    );
}

#[test]
fn params_are_grouped() {
    let f = parse_ok(
        "package p\nfunc f(a, b int, c string, d ...float64) {}\nfunc g(int, string) {}\nfunc h(a, int, b string) {}",
    );
    let sig = |i: usize| match &f.decls[i] {
        Decl::Func(fd) => fd.sig.clone(),
        _ => panic!(),
    };
    let s = sig(0);
    assert_eq!(s.params.len(), 3);
    assert_eq!(
        s.params[0]
            .names
            .iter()
            .map(|n| n.name.as_str())
            .collect::<Vec<_>>(),
        ["a", "b"]
    );
    assert_eq!(s.params[2].names[0].name, "d");
    assert!(s.variadic);
    let s = sig(1);
    assert_eq!(s.params.len(), 2);
    assert!(s.params.iter().all(|p| p.names.is_empty()));
    let s = sig(2);
    assert_eq!(s.params.len(), 1);
    assert_eq!(s.params[0].names.len(), 3);
}

#[test]
fn type_switch_binds_are_fresh_per_clause() {
    let stmts =
        body("var i interface{}\nswitch x := i.(type) {\ncase int:\ncase string:\ndefault:\n}");
    let StmtKind::TypeSwitch {
        bind: Some(bind),
        clauses,
        ..
    } = &stmts[1].kind
    else {
        panic!("{:?}", stmts[1])
    };
    assert_eq!(clauses.len(), 3);
    let mut ids = vec![bind.id];
    for c in clauses {
        let b = c.bind.as_ref().expect("clause bind");
        assert_eq!(b.name, "x");
        assert_eq!(b.span, bind.span);
        ids.push(b.id);
    }
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 4);
}

#[test]
fn iota_is_the_spec_index() {
    let f = parse_ok("package p\nconst (\n\tA = iota\n\tB\n\tC\n)");
    let Decl::Const(specs, _) = &f.decls[0] else {
        panic!()
    };
    assert_eq!(specs.iter().map(|s| s.iota).collect::<Vec<_>>(), [0, 1, 2]);
}

#[test]
fn node_ids_are_unique() {
    let f = parse_ok("package p\nfunc f(a int) int { return a + a*2 }");
    let Decl::Func(fd) = &f.decls[0] else {
        panic!()
    };
    let StmtKind::Return(v) = &fd.body.as_ref().unwrap().stmts[0].kind else {
        panic!()
    };
    let ExprKind::Binary(_, x, y) = &v[0].kind else {
        panic!()
    };
    assert_ne!(x.id, y.id);
    assert_ne!(v[0].id, x.id);
}

#[test]
fn recv_chan_type_in_expression() {
    let stmts = body("c := make(<-chan int)");
    let StmtKind::Assign { rhs, .. } = &stmts[0].kind else {
        panic!()
    };
    let ExprKind::Call { args, .. } = &rhs[0].kind else {
        panic!()
    };
    let ExprKind::TypeExpr(t) = &args[0].kind else {
        panic!("{:?}", args[0])
    };
    assert!(matches!(**t, TypeExpr::Chan(ChanDir::Recv, _)));
}

#[test]
fn syntax_errors_match_go() {
    let cases: &[(&str, &str)] = &[
        (
            "package main\nfunc main() {\n\tx := 1\n",
            "x.go:4:1: syntax error: unexpected EOF, expected }",
        ),
        (
            "package main\nfunc main() {\n\tf(1,\n\t\t2\n\t)\n}\n",
            "x.go:4:4: syntax error: unexpected newline in argument list; possibly missing comma or )",
        ),
        (
            "package main\nfunc main() {\n\tif x {\n\t}\n\telse {\n\t}\n}\n",
            "x.go:5:2: syntax error: unexpected keyword else, expected }",
        ),
        (
            "package main\nfunc main() {\n\tx := []int{\n\t\t1,\n\t\t2\n\t}\n}\n",
            "x.go:5:4: syntax error: unexpected newline in composite literal; possibly missing comma or }",
        ),
        (
            "package main\nfunc main() {\n\tif x { } else for {}\n}\n",
            "x.go:3:16: syntax error: else must be followed by if or statement block",
        ),
        (
            "package main\nfunc main() {\n\tx := @\n}\n",
            "x.go:3:7: invalid character U+0040 '@'",
        ),
        (
            "package main\nfunc main() {\n\tx := \"abc\n}\n",
            "x.go:3:11: newline in string",
        ),
        (
            "package main\nfunc main() {\n\tx := \"a\\qb\"\n}\n",
            "x.go:3:10: unknown escape",
        ),
        (
            "package main\nfunc main() {\n\tx := `abc\n}\n",
            "x.go:3:7: string not terminated",
        ),
        (
            "package main\nfunc main() {\n\tx := 0x\n}\n",
            "x.go:3:9: hexadecimal literal has no digits",
        ),
        (
            "package main\nfunc main() {\n\ty := 08\n}\n",
            "x.go:3:8: invalid digit '8' in octal literal",
        ),
        (
            "package main\nfunc main() {\n\tif x := 1 {\n\t}\n}\n",
            "x.go:3:7: syntax error: cannot use x := 1 as value",
        ),
        (
            "package main\nfunc main() {\n\tx = = 1\n}\n",
            "x.go:3:6: syntax error: unexpected =, expected expression",
        ),
        (
            "package main\nfunc main() {\n\tfor i := 0; i < 3; i++\n\t{\n\t}\n}\n",
            "x.go:3:24: syntax error: unexpected newline, expected { after for clause",
        ),
        (
            "package main\nfunc main() {\n\tx := 'ab'\n}\n",
            "x.go:3:7: more than one character in rune literal",
        ),
        (
            "package main\nfunc main() {\n\ta, b\n}\n",
            "x.go:3:6: syntax error: unexpected newline, expected := or = or comma",
        ),
        (
            "package main\nfunc main() {\n\tvar x int = \n}\n",
            "x.go:4:1: syntax error: unexpected }, expected expression",
        ),
        (
            "package main\nfunc main() {\n\tfunc foo() {}\n}\n",
            "x.go:3:7: syntax error: unexpected name foo, expected (",
        ),
        ("package main\n/* abc\n", "x.go:2:1: comment not terminated"),
        (
            "package main\nfunc main() {\n\ta b\n}\n",
            "x.go:3:4: syntax error: unexpected name b at end of statement",
        ),
        (
            "package main\nx := 1\n",
            "x.go:2:1: syntax error: non-declaration statement outside function body",
        ),
        (
            "package main\nvar x = map[string]int{\"a\": 1 \"b\": 2}\n",
            "x.go:2:31: syntax error: unexpected literal \"b\" in composite literal; possibly missing comma or }",
        ),
        (
            "package main\ntype T struct {\n\ta int,\n}\n",
            "x.go:3:7: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }",
        ),
        // `go f` parses: that it must be a call is the type checker's rule.
        (
            "package main\nfunc main() {\n\tgo (f())\n}\n",
            "x.go:3:5: expression in go must not be parenthesized",
        ),
        (
            "main\n",
            "x.go:1:1: syntax error: package statement must be first",
        ),
        (
            "package main\nfunc main() {\n\tx.(type)\n}\n",
            "x.go:3:2: use of .(type) outside type switch",
        ),
        (
            "package main\nfunc f(a, b int, c) {}\n",
            "x.go:2:19: syntax error: missing parameter type",
        ),
        (
            "package main\nfunc f(a int, []int) {}\n",
            "x.go:2:15: syntax error: missing parameter name",
        ),
        (
            "package main\nfunc f(a ...int, b int) {}\n",
            "x.go:2:10: can only use ... with final parameter",
        ),
        (
            "package main\nfunc main() {\n\t_ = x[1:2:]\n}\n",
            "x.go:3:12: final index required in 3-index slice",
        ),
        (
            "package main\nfunc main() {\n\t_ = x[1::3]\n}\n",
            "x.go:3:10: middle index required in 3-index slice",
        ),
        (
            "package main\nfunc main() {\n\tswitch x {\n\tfoo\n\t}\n}\n",
            "x.go:4:2: syntax error: unexpected name foo, expected case or default or }",
        ),
        (
            "package main\nfunc main() {\n\tif x\n\t{\n\t}\n}\n",
            "x.go:3:6: syntax error: unexpected newline, expected { after if clause",
        ),
    ];
    let mut wrong = Vec::new();
    for (src, want) in cases {
        let got = first_error(src);
        if got != *want {
            wrong.push(format!("want {want}\n got {got}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn never_panics_on_garbage() {
    let inputs = [
        "",
        "package",
        "package main\nfunc",
        "package main\nfunc (",
        "}}}",
        "package main\nvar x = [",
        "'",
        "\"",
        "`",
        "package main\nfunc main() { x := y.(type) }",
        "package main\ntype T struct { a b c }",
        "0x",
        "1e+",
        "..",
        "package main\nfunc main() { for i := range { } }",
        "package main\nimport",
        "\u{FEFF}package main",
    ];
    for src in inputs {
        let _ = parse(src);
        let _ = is_incomplete(src);
    }
}

#[test]
fn never_panics_on_truncated_programs() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/testdata/check/ok");
    for entry in std::fs::read_dir(dir).expect("testdata").flatten().take(12) {
        let text = std::fs::read_to_string(entry.path()).expect("readable");
        let cuts = (0..text.len())
            .step_by(23)
            .filter(|&i| text.is_char_boundary(i));
        for cut in cuts {
            let _ = parse(&text[..cut]);
            let _ = is_incomplete(&text[..cut]);
            let _ = repl(&text[..cut]);
        }
    }
}

fn repl(src: &str) -> Result<Vec<ReplItem>, Vec<String>> {
    let mut sources = SourceMap::default();
    let file = sources.add("<repl>", src);
    let mut ids = NodeIdGen::default();
    parse_repl(&sources, file, &mut ids)
        .map_err(|errs| errs.iter().map(|d| d.one_line(&sources)).collect())
}

#[test]
fn repl_items_in_order() {
    let items = repl("import \"fmt\"\nx := 1\nfunc f() int { return x }\ntype T int\nfmt.Println(f())\nfunc() { x++ }()\nvar y = 2")
        .expect("parses");
    let kinds: Vec<&str> = items
        .iter()
        .map(|i| match i {
            ReplItem::Import(_) => "import",
            ReplItem::Decl(_) => "decl",
            ReplItem::Stmt(_) => "stmt",
        })
        .collect();
    assert_eq!(
        kinds,
        ["import", "stmt", "decl", "decl", "stmt", "stmt", "decl"]
    );
    assert!(repl("x := ").is_err());
}

#[test]
fn incomplete_input() {
    assert!(is_incomplete("func f() {"));
    assert!(is_incomplete("x := `abc"));
    assert!(is_incomplete("/* comment"));
    assert!(is_incomplete("x := 1 +"));
    assert!(is_incomplete("fmt.Println(1,"));
    assert!(!is_incomplete("x := 1"));
    assert!(!is_incomplete("func f() {}"));
    assert!(!is_incomplete("x := )"));
    assert!(!is_incomplete("x := \"abc"));
}
