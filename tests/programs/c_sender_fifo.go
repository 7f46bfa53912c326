package main

import (
	"fmt"
	"time"
)

// Goroutines blocked sending on a channel are served in the order they
// blocked (the channel's send queue is FIFO). Each sender is started only
// after the previous one has certainly blocked: the main goroutine sleeps
// long enough for it to run (the sleeps only order the blocking; a sender
// blocked later still ends up later in the queue).
func main() {
	ch := make(chan int)
	for i := 0; i < 5; i++ {
		go func() { ch <- i }()
		time.Sleep(20 * time.Millisecond)
	}
	for i := 0; i < 5; i++ {
		fmt.Print(<-ch, " ")
	}
	fmt.Println()
	// the same for a full buffered channel: buffered values first, then
	// the blocked senders in order
	bc := make(chan int, 2)
	bc <- 100
	bc <- 101
	for i := 0; i < 3; i++ {
		go func() { bc <- i }()
		time.Sleep(20 * time.Millisecond)
	}
	for i := 0; i < 5; i++ {
		fmt.Print(<-bc, " ")
	}
	fmt.Println()
}
