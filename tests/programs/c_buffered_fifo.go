package main

import "fmt"

// A buffered channel delivers values in the order they were sent, and a
// send blocks only when the buffer is full.
func main() {
	ch := make(chan int, 5)
	for i := 0; i < 5; i++ {
		ch <- i * 10
	}
	fmt.Println("len", len(ch), "cap", cap(ch))
	select {
	case ch <- 99:
		fmt.Println("sent to a full buffer?!")
	default:
		fmt.Println("full: send not ready")
	}
	for i := 0; i < 5; i++ {
		fmt.Print(<-ch, " ")
	}
	fmt.Println()
	// one producer, many values, interleaved with the consumer
	done := make(chan []int)
	go func() {
		var got []int
		for v := range ch {
			got = append(got, v)
		}
		done <- got
	}()
	for i := 0; i < 1000; i++ {
		ch <- i
	}
	close(ch)
	got := <-done
	ok := len(got) == 1000
	for i, v := range got {
		if v != i {
			ok = false
		}
	}
	fmt.Println("in order:", ok, len(got))
}
