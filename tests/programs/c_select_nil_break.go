package main

import "fmt"

// A nil channel is never ready in a select (used to switch a case off);
// `break` inside a select leaves only the select.
func main() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 10; i < 13; i++ {
			b <- i
		}
		close(b)
	}()
	sumA, sumB := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil // never ready again
				break
			}
			sumA += v
		case v, ok := <-b:
			if !ok {
				b = nil
				break
			}
			sumB += v
		}
	}
	fmt.Println(sumA, sumB)
	var nilc chan int
	select {
	case v := <-nilc:
		fmt.Println("received from nil?!", v)
	case nilc <- 1:
		fmt.Println("sent to nil?!")
	default:
		fmt.Println("nil channels never ready")
	}
	// break in a select inside a labeled loop: only a labeled break leaves the loop
	n := 0
loop:
	for {
		select {
		default:
			n++
			if n < 3 {
				break
			}
			break loop
		}
	}
	fmt.Println("iterations", n)
}
