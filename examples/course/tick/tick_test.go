package belajar_golang_goroutines

import (
	"fmt"
	"testing"
	"time"
)

// time.Tick returns only the channel of a new ticker. It cannot be
// stopped, so use it when the ticker should live as long as the program.
// (Since Go 1.23 an unreferenced ticker is garbage collected, so Tick no
// longer leaks.)
func TestTick(t *testing.T) {
	channel := time.Tick(100 * time.Millisecond)

	counter := 0
	for range channel {
		counter++
		fmt.Println("Tick", counter)
		if counter == 3 {
			break
		}
	}
	fmt.Println("Selesai")
}
