// This program fails on purpose. main sends on an unbuffered channel,
// but no other goroutine will ever receive: every goroutine is blocked.
// The Go runtime notices and stops the program:
//
//	fatal error: all goroutines are asleep - deadlock!
//
// with exit status 2. The fix: receive in another goroutine, or give the
// channel a buffer.
package main

import "fmt"

func main() {
	channel := make(chan string)
	fmt.Println("sending...")
	channel <- "nobody is listening"
	fmt.Println("never printed")
}
