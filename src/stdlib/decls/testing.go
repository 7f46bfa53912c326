// Package testing: the API test files use. Test state (name, failure,
// output, cleanups) is runtime-owned and reached through native methods;
// Run is Go: it starts the subtest in its own goroutine and waits for it.
package testing

// testState is the runtime's record of one test or benchmark.
type testState struct {
	id uintptr
}

// TB is the interface common to T and B.
type TB interface {
	Cleanup(func())
	Error(args ...any)
	Errorf(format string, args ...any)
	Fail()
	FailNow()
	Failed() bool
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Helper()
	Log(args ...any)
	Logf(format string, args ...any)
	Name() string
	Setenv(key, value string)
	Skip(args ...any)
	SkipNow()
	Skipf(format string, args ...any)
	Skipped() bool
	TempDir() string
}

// common holds what T and B share; its methods are native.
type common struct {
	s testState
}

func (c *common) Cleanup(f func())
func (c *common) Error(args ...any)
func (c *common) Errorf(format string, args ...any)
func (c *common) Fail()
func (c *common) FailNow()
func (c *common) Failed() bool
func (c *common) Fatal(args ...any)
func (c *common) Fatalf(format string, args ...any)
func (c *common) Helper()
func (c *common) Log(args ...any)
func (c *common) Logf(format string, args ...any)
func (c *common) Name() string
func (c *common) Setenv(key, value string)
func (c *common) Skip(args ...any)
func (c *common) SkipNow()
func (c *common) Skipf(format string, args ...any)
func (c *common) Skipped() bool
func (c *common) TempDir() string

// T is the state of one test.
type T struct {
	common
}

func (t *T) Parallel()

func (t *T) Deadline() (deadline int64, ok bool)

// startSub creates the subtest `name` of t and announces it (=== RUN);
// finish runs its cleanups and reports its result (--- PASS/FAIL/SKIP).
func (t *T) startSub(name string) *T
func (t *T) finish()

// Run runs f as a subtest of t called name, in its own goroutine, and
// waits for it; it reports whether f succeeded.
func (t *T) Run(name string, f func(t *T)) bool {
	sub := t.startSub(name)
	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		defer sub.finish()
		f(sub)
	}()
	<-done
	return !sub.Failed()
}

// B is the state of one benchmark.
type B struct {
	common
	N int
}

func (b *B) ResetTimer()
func (b *B) StartTimer()
func (b *B) StopTimer()
func (b *B) ReportAllocs()
func (b *B) SetBytes(n int64)
func (b *B) Loop() bool
func (b *B) ReportMetric(n float64, unit string)

func (b *B) startSub(name string) *B
func (b *B) finish()

func (b *B) Run(name string, f func(b *B)) bool {
	sub := b.startSub(name)
	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		defer sub.finish()
		f(sub)
	}()
	<-done
	return !sub.Failed()
}

// M is given to TestMain; Run runs the tests and returns the exit code.
type M struct {
	s testState
}

func (m *M) Run() (code int)

// Short and Verbose report the -short and -v flags.
func Short() bool
func Verbose() bool
func Testing() bool { return true }
