package main

import "fmt"

// A select whose only cases are nil channels blocks forever: with no other
// goroutine, the runtime reports a deadlock.
func main() {
	var c chan int
	fmt.Println("selecting on nil channels")
	select {
	case <-c:
	case c <- 1:
	}
}
