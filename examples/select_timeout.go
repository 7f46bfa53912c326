// select with a timeout: wait for a result, but not forever.
package main

import (
	"fmt"
	"time"
)

func fetch(name string, delay time.Duration) <-chan string {
	result := make(chan string, 1) // buffered: a late answer does not block the sender
	go func() {
		time.Sleep(delay)
		result <- name + " answered"
	}()
	return result
}

func main() {
	timeout := 150 * time.Millisecond

	for _, server := range []struct {
		name  string
		delay time.Duration
	}{
		{"fast server", 50 * time.Millisecond},
		{"slow server", 400 * time.Millisecond},
	} {
		select {
		case answer := <-fetch(server.name, server.delay):
			fmt.Println(answer)
		case <-time.After(timeout):
			fmt.Println(server.name, "timed out after", timeout)
		}
	}

	// A deadline for a whole loop: one timer, checked on every round.
	ticker := time.NewTicker(100 * time.Millisecond)
	defer ticker.Stop()
	deadline := time.After(350 * time.Millisecond)
	for round := 1; ; round++ {
		select {
		case <-ticker.C:
			fmt.Println("working, round", round)
		case <-deadline:
			fmt.Println("deadline reached")
			return
		}
	}
}
