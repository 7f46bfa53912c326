package belajar_golang_goroutines

import (
	"fmt"
	"testing"
	"time"
)

// A ticker sends the time on ticker.C again and again, every period.
// Stop it when done, or it keeps ticking.
func TestTicker(t *testing.T) {
	start := time.Now()
	ticker := time.NewTicker(100 * time.Millisecond)

	counter := 0
	for tick := range ticker.C {
		counter++
		fmt.Println("tick", counter, "after at least", counter*100, "ms:",
			tick.Sub(start) >= time.Duration(counter)*100*time.Millisecond)
		if counter == 3 {
			ticker.Stop()
			break // Stop does not close ticker.C, so range would wait forever
		}
	}
	fmt.Println("Ticker stopped")
}

// Ticker with select: tick until a stop signal arrives.
func TestTickerWithDone(t *testing.T) {
	ticker := time.NewTicker(100 * time.Millisecond)
	defer ticker.Stop()

	done := make(chan bool)
	go func() {
		time.Sleep(350 * time.Millisecond)
		done <- true
	}()

	counter := 0
	for {
		select {
		case <-ticker.C:
			counter++
			fmt.Println("tick", counter)
		case <-done:
			fmt.Println("done after", counter, "ticks")
			return
		}
	}
}
