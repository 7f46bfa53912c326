// Package testing: the API test files use, and the driver `gosub test`
// starts (runMain). Test state (name, failure, output, cleanups, helpers)
// is runtime-owned (src/stdlib/testing.rs) and reached through native
// methods; running a test is Go: each test and subtest runs in its own
// goroutine (tRunner), and FailNow/SkipNow end it with runtime.Goexit.
package testing

import (
	"os"
	"runtime"
	"sync"
	"time"
)

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

// common holds what T and B share: the runtime's record of the test.
type common struct {
	s any
}

// Natives: logging records the caller's file and line (skipping functions
// marked with Helper); FailNow and SkipNow call runtime.Goexit.
func (c *common) Error(args ...any)
func (c *common) Errorf(format string, args ...any)
func (c *common) Fail()
func (c *common) Failed() bool
func (c *common) Fatal(args ...any)
func (c *common) Fatalf(format string, args ...any)
func (c *common) Helper()
func (c *common) Log(args ...any)
func (c *common) Logf(format string, args ...any)
func (c *common) Name() string
func (c *common) Skip(args ...any)
func (c *common) Skipf(format string, args ...any)
func (c *common) Skipped() bool

func (c *common) FailNow() {
	c.Fail()
	runtime.Goexit()
}

func (c *common) SkipNow() {
	c.markSkipped()
	runtime.Goexit()
}

func (c *common) markSkipped()

// Cleanup registers f to run (last registered first) when the test and
// its subtests have finished.
func (c *common) Cleanup(f func())

func (c *common) popCleanup() func()

func (c *common) Setenv(key, value string) {
	old, had := os.LookupEnv(key)
	os.Setenv(key, value)
	c.Cleanup(func() {
		if had {
			os.Setenv(key, old)
		} else {
			os.Unsetenv(key)
		}
	})
}

// TempDir returns a new directory for the test (native; not removed).
func (c *common) TempDir() string

// T is the state of one test.
type T struct {
	common
}

// Parallel is accepted; tests still run one after another.
func (t *T) Parallel() {}

func (t *T) Deadline() (deadline time.Time, ok bool) { return time.Time{}, false }

// initSub makes sub a subtest of c called name and announces it (=== RUN);
// false if -run leaves it out.
func (c *common) initSub(sub *common, name string) bool

// report prints (or hands to the parent) the --- PASS/FAIL/SKIP line and
// the buffered output; reportPanic does it for every test up to the root,
// as Go does before a panic kills the program.
func (c *common) report()
func (c *common) reportPanic()

// Run runs f as a subtest of t called name, in its own goroutine, and
// waits for it; it reports whether f succeeded.
func (t *T) Run(name string, f func(t *T)) bool {
	sub := &T{}
	if !t.initSub(&sub.common, name) {
		return true
	}
	var done sync.WaitGroup
	done.Add(1)
	go tRunner(sub, f, &done)
	done.Wait()
	return !sub.Failed()
}

func tRunner(t *T, f func(*T), done *sync.WaitGroup) {
	defer func() {
		err := recover()
		if err != nil {
			t.Fail()
		}
		t.runCleanups()
		if err != nil {
			t.reportPanic()
			panic(err)
		}
		t.report()
		done.Done()
	}()
	f(t)
}

func (c *common) runCleanups() {
	for {
		f := c.popCleanup()
		if f == nil {
			return
		}
		f()
	}
}

// B is the state of one benchmark.
type B struct {
	common
	N int
}

func (b *B) ResetTimer()                         {}
func (b *B) StartTimer()                         {}
func (b *B) StopTimer()                          {}
func (b *B) ReportAllocs()                       {}
func (b *B) SetBytes(n int64)                    {}
func (b *B) ReportMetric(n float64, unit string) {}

func (b *B) Loop() bool {
	if b.N == 0 {
		b.N = 1
		return true
	}
	return false
}

// InternalTest is a test function and its name.
type InternalTest struct {
	Name string
	F    func(*T)
}

// M is given to TestMain; Run runs the tests and returns the exit code.
type M struct {
	tests []InternalTest
	code  int
}

// initRoot makes c the root of a run; finishRoot prints PASS or FAIL and
// returns the exit code; runCount is -count.
func (c *common) initRoot()
func (c *common) finishRoot() int
func runCount() int

func (m *M) Run() (code int) {
	root := &T{}
	root.initRoot()
	for i := 0; i < runCount(); i++ {
		for _, test := range m.tests {
			root.Run(test.Name, test.F)
		}
	}
	m.code = root.finishRoot()
	return m.code
}

// runMain is what `gosub test` runs as goroutine 1: package initialisation,
// then TestMain(m) or m.Run(), then exit with the code.
func runMain(init func(), tests []InternalTest, testMain func(*M)) {
	init()
	m := &M{tests: tests}
	if testMain != nil {
		testMain(m)
		os.Exit(m.code)
	}
	os.Exit(m.Run())
}

// Short and Verbose report the -short and -v flags.
func Short() bool
func Verbose() bool
func Testing() bool { return true }
