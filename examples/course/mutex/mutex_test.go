package belajar_golang_goroutines

import (
	"fmt"
	"sync"
	"testing"
)

// sync.Mutex fixes the race: only one goroutine at a time can hold the
// lock, so "x = x + 1" is never interleaved and no increment is lost.
func TestMutex(t *testing.T) {
	x := 0
	var mutex sync.Mutex
	var group sync.WaitGroup

	for i := 1; i <= 1000; i++ {
		group.Add(1)
		go func() {
			defer group.Done()
			for j := 1; j <= 100; j++ {
				mutex.Lock()
				x = x + 1
				mutex.Unlock()
			}
		}()
	}

	group.Wait()
	fmt.Println("Counter =", x)
}

// TryLock reports whether it got the lock without waiting.
func TestTryLock(t *testing.T) {
	var mutex sync.Mutex

	fmt.Println("first TryLock:", mutex.TryLock())
	fmt.Println("second TryLock:", mutex.TryLock()) // already locked
	mutex.Unlock()
	fmt.Println("after Unlock:", mutex.TryLock())
	mutex.Unlock()
}
