package belajar_golang_goroutines

import (
	"fmt"
	"sync"
	"testing"
	"time"
)

// time.AfterFunc runs a function in its own goroutine after the duration.
// It returns at once.
func TestAfterFunc(t *testing.T) {
	group := sync.WaitGroup{}
	group.Add(1)

	time.AfterFunc(100*time.Millisecond, func() {
		fmt.Println("Execute after 100 ms")
		group.Done()
	})
	fmt.Println("AfterFunc returned, function not run yet")

	group.Wait()
	fmt.Println("Selesai")
}

// The returned *Timer can cancel the call. Its channel C is nil: nothing
// is ever sent, the function is called instead.
func TestAfterFuncStop(t *testing.T) {
	called := false
	timer := time.AfterFunc(100*time.Millisecond, func() {
		called = true
	})

	fmt.Println("timer.C is nil:", timer.C == nil)
	fmt.Println("Stop:", timer.Stop())

	time.Sleep(200 * time.Millisecond)
	fmt.Println("called:", called)
}
