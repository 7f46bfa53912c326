package main

import "fmt"

// An unbuffered send completes only when a receiver takes the value: the
// sender's "after" step always comes after the receiver got the value.
func main() {
	ch := make(chan int)
	log := make(chan string, 10)
	done := make(chan bool)
	go func() {
		for i := 1; i <= 3; i++ {
			ch <- i
			log <- fmt.Sprint("sent ", i)
		}
		done <- true
	}()
	for i := 1; i <= 3; i++ {
		v := <-ch
		// the sender cannot have logged "sent v" before this receive
		// returned, but it may log it any time after: only count
		fmt.Println("received", v)
	}
	<-done
	close(log)
	n := 0
	for range log {
		n++
	}
	fmt.Println("sender logged", n, "sends; len(ch) =", len(ch), "cap(ch) =", cap(ch))
	// a send on an unbuffered channel with no receiver blocks: select default
	select {
	case ch <- 1:
		fmt.Println("sent without receiver?!")
	default:
		fmt.Println("no receiver: send not ready")
	}
}
