package belajar_golang_goroutines

import (
	"fmt"
	"testing"
	"time"
)

// A race condition: 1000 goroutines increment the same variable without
// any synchronisation. "x = x + 1" is a read followed by a write, and two
// goroutines can read the same old value, so increments get lost.
// The result is at most 100000, and often less (try it with real Go!).
// `go test -race` reports this program as racy.
func TestRaceCondition(t *testing.T) {
	x := 0

	for i := 1; i <= 1000; i++ {
		go func() {
			for j := 1; j <= 100; j++ {
				x = x + 1
			}
		}()
	}

	time.Sleep(500 * time.Millisecond)
	// The exact count is not predictable, so we only print what is certain.
	fmt.Println("Counter <= 100000:", x <= 100000)
}
