package belajar_golang_goroutines

import (
	"fmt"
	"testing"
	"time"
)

// time.After returns just the channel of a new timer: handy when we only
// need to wait once.
func TestAfter(t *testing.T) {
	start := time.Now()
	channel := time.After(100 * time.Millisecond)

	tick := <-channel
	fmt.Println("received a time:", !tick.IsZero())
	fmt.Println("waited at least 100ms:", tick.Sub(start) >= 100*time.Millisecond)
}

func SlowResponse(channel chan<- string, delay time.Duration) {
	time.Sleep(delay)
	channel <- fmt.Sprint("response after ", delay)
}

// The classic timeout: select between the result and time.After.
func TestAfterTimeout(t *testing.T) {
	for _, delay := range []time.Duration{50 * time.Millisecond, 300 * time.Millisecond} {
		channel := make(chan string, 1) // buffered, so a late sender is not stuck
		go SlowResponse(channel, delay)

		select {
		case data := <-channel:
			fmt.Println(data)
		case <-time.After(150 * time.Millisecond):
			fmt.Println("timeout after 150ms, no response")
		}
	}
}
