// Package runtime: the scheduler's knobs and facts (native).
package runtime

const GOOS = "linux"

const GOARCH = "amd64"

const Compiler = "gosub"

// An Error is a run-time panic value (index out of range, nil map write...).
type Error interface {
	error
	RuntimeError()
}

func GOMAXPROCS(n int) int
func NumCPU() int
func NumGoroutine() int
func Gosched()
func Goexit()
func GC()
func Version() string
func KeepAlive(x any)

// Caller reports file and line of a caller (native; may report ok=false).
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

type MemStats struct {
	Alloc      uint64
	TotalAlloc uint64
	Sys        uint64
	Mallocs    uint64
	Frees      uint64
	HeapAlloc  uint64
	HeapSys    uint64
	NumGC      uint32
}

func ReadMemStats(m *MemStats)
