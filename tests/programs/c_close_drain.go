package main

import "fmt"

// After close, buffered values are still received in order; then receives
// return the zero value with ok == false, without blocking.
func main() {
	ch := make(chan string, 3)
	ch <- "a"
	ch <- "b"
	close(ch)
	for i := 0; i < 4; i++ {
		v, ok := <-ch
		fmt.Printf("%q %v\n", v, ok)
	}
	fmt.Println(len(ch), cap(ch))
	// receivers blocked on a channel are all released by close
	c2 := make(chan int)
	res := make(chan string)
	for i := 0; i < 3; i++ {
		go func() {
			v, ok := <-c2
			res <- fmt.Sprint(v, ok)
		}()
	}
	close(c2)
	for i := 0; i < 3; i++ {
		fmt.Println(<-res)
	}
	// range ends after the drain
	c3 := make(chan int, 2)
	c3 <- 7
	c3 <- 8
	close(c3)
	for v := range c3 {
		fmt.Println("range", v)
	}
	// select on a closed channel is always ready
	select {
	case v, ok := <-c3:
		fmt.Println("closed ready", v, ok)
	default:
		fmt.Println("default?!")
	}
}
