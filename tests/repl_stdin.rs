//! The REPL without a terminal: inputs on standard input, results on
//! stdout, errors on stderr, exit status 1 if any input failed.

use std::io::Write;
use std::process::{Command, Stdio};

/// Run `gosub repl` on `input`: (exit code, stdout, stderr).
fn repl(input: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gosub"))
        .arg("repl")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("gosub starts");
    let mut stdin = child.stdin.take().expect("stdin is piped");
    stdin.write_all(input.as_bytes()).expect("write stdin");
    drop(stdin);
    let out = child.wait_with_output().expect("gosub finishes");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn statements_and_expressions() {
    let (code, out, err) = repl("x := 2; fmt.Println(x * 21)\nx + 1\n\"str\"\n1.5 * 2\n");
    assert_eq!(out, "42\n3\nstr\n3\n", "stderr: {err}");
    assert_eq!(code, 0);
}

#[test]
fn declarations_persist() {
    let input = "\
func sq(n int) int {
	return n * n
}
type Point struct{ X, Y int }
p := Point{3, 4}
sq(p.X) + sq(p.Y)
p
const K = 7
K * 6
";
    let (code, out, err) = repl(input);
    assert_eq!(out, "25\n{3 4}\n42\n", "stderr: {err}");
    assert_eq!(code, 0);
}

#[test]
fn redefinition() {
    let input = "\
func f() int { return 1 }
f()
func f() int { return 2 }
f()
x := 1
x := x + 10
x
x := \"now a string\"
x
";
    let (code, out, err) = repl(input);
    assert_eq!(out, "1\n2\n11\nnow a string\n", "stderr: {err}");
    assert_eq!(code, 0);
}

#[test]
fn values_of_calls() {
    let input = "\
func two() (int, error) { return 7, nil }
two()
func none() {}
none()
fmt.Println(\"printed once\")
len([]int{1, 2, 3})
strings.ToUpper(\"auto import\")
";
    let (code, out, err) = repl(input);
    assert_eq!(
        out, "7 <nil>\nprinted once\n3\nAUTO IMPORT\n",
        "stderr: {err}"
    );
    assert_eq!(code, 0);
}

#[test]
fn closures_and_methods_survive_later_inputs() {
    let input = "\
double := func(n int) int { return n * 2 }
type T struct{ n int }
func (t T) String() string { return fmt.Sprintf(\"T(%d)\", t.n) }
var s fmt.Stringer = T{5}
type U int
double(21)
s
";
    let (code, out, err) = repl(input);
    assert_eq!(out, "42\nT(5)\n", "stderr: {err}");
    assert_eq!(code, 0);
}

#[test]
fn compile_error_then_recovery() {
    let (code, out, err) = repl("y := undefined + 1\nx := 5\nx\n");
    assert!(err.contains("undefined: undefined"), "stderr: {err}");
    assert_eq!(out, "5\n");
    assert_eq!(code, 1, "a failed input makes the status 1");
}

#[test]
fn failed_input_leaves_no_trace() {
    // the first line fails to check: neither f nor x may exist afterwards
    let (_, out, err) = repl("func f() int { return \"s\" }; x := 1\nx := 2\nx\n");
    assert!(err.contains("cannot use"), "stderr: {err}");
    assert_eq!(out, "2\n");
}

#[test]
fn panic_then_recovery() {
    let (code, out, err) =
        repl("x := 1\npanic(\"boom\")\nx + 1\nvar m map[string]int\nm[\"a\"] = 1\nx\n");
    assert!(err.contains("panic: boom"), "stderr: {err}");
    assert!(err.contains("goroutine 1 [running]"), "stderr: {err}");
    assert!(
        err.contains("assignment to entry in nil map"),
        "stderr: {err}"
    );
    assert_eq!(out, "2\n1\n");
    assert_eq!(code, 1);
}

#[test]
fn side_effects_run_once() {
    let (_, out, err) = repl("n := 0\nfunc bump() int { n++; return n }\nbump()\nbump()\nn\n");
    assert_eq!(out, "1\n2\n2\n", "stderr: {err}");
}

#[test]
fn multi_line_control_flow() {
    let input = "\
for i := 0; i < 3; i++ {
	fmt.Print(i, \" \")
}
fmt.Println()
if v := 3; v > 2 {
	fmt.Println(\"big\")
}
";
    let (code, out, err) = repl(input);
    assert_eq!(out, "0 1 2 \nbig\n", "stderr: {err}");
    assert_eq!(code, 0);
}

#[test]
fn channels() {
    let (code, out, err) = repl("c := make(chan int, 2)\nc <- 4\nc <- 5\n<-c + <-c\n");
    assert_eq!(out, "9\n", "stderr: {err}");
    assert_eq!(code, 0);
}

#[test]
fn commands() {
    let (code, out, err) = repl(":type 1.5\nx := []string{}\n:type x\n:help\n:reset\nx\n");
    assert!(out.starts_with("float64\n[]string\n"), "stdout: {out}");
    assert!(out.contains(":load FILE.go"));
    assert!(
        err.contains("undefined: x"),
        "after :reset x is gone: {err}"
    );
    assert_eq!(code, 1);
}

#[test]
fn load_file() {
    let dir = std::env::temp_dir().join(format!("gosub-repl-load-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("lib.go");
    let src = "package main\n\nimport \"fmt\"\n\nvar greeting = \"hi\"\n\nfunc init() { fmt.Println(\"init ran\") }\n\nfunc Greet(n string) string { return greeting + \" \" + n }\n\nfunc main() { fmt.Println(\"main must not run\") }\n";
    std::fs::write(&file, src).expect("write lib.go");
    let (code, out, err) = repl(&format!(":load {}\nGreet(\"bob\")\n", file.display()));
    assert_eq!(out, "init ran\nhi bob\n", "stderr: {err}");
    assert_eq!(code, 0);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn os_exit_leaves_with_its_code() {
    let (code, out, _) = repl("fmt.Println(1)\nos.Exit(3)\nfmt.Println(2)\n");
    assert_eq!(out, "1\n");
    assert_eq!(code, 3);
}

#[test]
fn goroutines_with_channels() {
    let input = "\
ch := make(chan int)
go func() { for i := 1; i <= 3; i++ { ch <- i * 10 } }()
<-ch
<-ch + <-ch
var wg sync.WaitGroup
total := 0
var mu sync.Mutex
for i := 1; i <= 10; i++ { wg.Add(1); go func(n int) { defer wg.Done(); mu.Lock(); total += n; mu.Unlock() }(i) }
wg.Wait()
total
";
    let (code, out, err) = repl(input);
    assert_eq!(out, "10\n50\n55\n", "stderr: {err}");
    assert_eq!(code, 0);
}

#[test]
fn goroutine_outlives_its_input() {
    // the goroutine started by line 2 is still blocked when line 2 ends,
    // and line 3 wakes it
    let input = "\
ch, done := make(chan int), make(chan bool)
go func() { fmt.Println(\"got\", <-ch); done <- true }()
ch <- 7
<-done
";
    let (code, out, err) = repl(input);
    assert_eq!(out, "got 7\ntrue\n", "stderr: {err}");
    assert_eq!(code, 0);
}

#[test]
fn deadlock_is_reported_and_the_session_goes_on() {
    let (code, out, err) = repl("x := 3\n<-make(chan int)\nx\n");
    assert!(
        err.contains("all goroutines are asleep - deadlock!"),
        "stderr: {err}"
    );
    assert_eq!(out, "3\n");
    assert_eq!(code, 1);
}

#[test]
fn background_panic_restarts_goroutines() {
    let input = "\
x := 5
go func() { panic(\"bg boom\") }()
time.Sleep(100 * time.Millisecond)
x
";
    let (_, out, err) = repl(input);
    assert!(err.contains("panic: bg boom"), "stderr: {err}");
    assert!(out.ends_with("5\n"), "stdout: {out}");
}
