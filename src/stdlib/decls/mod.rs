//! Declarations of the standard library packages, written in Go.
//!
//! Each file declares one package's exported API exactly as Go spells it.
//! A function or method declared **without a body** is native: the runtime
//! implements it in Rust under `Object::qualified_name()` (the import path,
//! then the receiver type if any, then the name: `strings.Contains`,
//! `sync.Mutex.Lock`, `math/rand.Intn`). A function **with a body** is
//! ordinary Go compiled like user code (used where library code calls back
//! into user code, such as `sort.Slice`, `sync.Once.Do`, `strings.Map`).
//! Opaque runtime-owned state lives in unexported fields whose types are
//! declared here; the runtime may change their representation freely.

/// The declaration source of the package with import path `path`.
pub fn source(path: &str) -> Option<&'static str> {
    Some(match path {
        "fmt" => include_str!("fmt.go"),
        "strings" => include_str!("strings.go"),
        "strconv" => include_str!("strconv.go"),
        "errors" => include_str!("errors.go"),
        "math" => include_str!("math.go"),
        "math/bits" => include_str!("bits.go"),
        "sort" => include_str!("sort.go"),
        "unicode" => include_str!("unicode.go"),
        "unicode/utf8" => include_str!("utf8.go"),
        "os" => include_str!("os.go"),
        "io" => include_str!("io.go"),
        "bufio" => include_str!("bufio.go"),
        "bytes" => include_str!("bytes.go"),
        "math/rand" => include_str!("rand.go"),
        "time" => include_str!("time.go"),
        "sync" => include_str!("sync.go"),
        "sync/atomic" => include_str!("atomic.go"),
        "runtime" => include_str!("runtime.go"),
        "testing" => include_str!("testing.go"),
        _ => return None,
    })
}

/// Every package that has declarations.
pub const PACKAGES: &[&str] = &[
    "fmt",
    "strings",
    "strconv",
    "errors",
    "math",
    "math/bits",
    "sort",
    "unicode",
    "unicode/utf8",
    "os",
    "io",
    "bufio",
    "bytes",
    "math/rand",
    "time",
    "sync",
    "sync/atomic",
    "runtime",
    "testing",
];
