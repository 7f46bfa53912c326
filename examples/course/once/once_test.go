package belajar_golang_goroutines

import (
	"fmt"
	"sync"
	"testing"
)

var counter = 0

func OnlyOnce() {
	counter++
}

// sync.Once runs its function only once, however many goroutines call Do.
// The others wait until that first call has finished.
func TestOnce(t *testing.T) {
	var once sync.Once
	var group sync.WaitGroup

	for i := 0; i < 100; i++ {
		group.Add(1)
		go func() {
			defer group.Done()
			once.Do(OnlyOnce)
		}()
	}

	group.Wait()
	fmt.Println("Counter", counter)
}

// sync.OnceValue (Go 1.21) wraps a function so it runs once and every
// call returns the same result.
func TestOnceValue(t *testing.T) {
	calls := 0
	loadConfig := sync.OnceValue(func() string {
		calls++
		return "config loaded"
	})

	fmt.Println(loadConfig())
	fmt.Println(loadConfig())
	fmt.Println("calls:", calls)
}
