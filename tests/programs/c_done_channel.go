package main

import "fmt"

func counter(done <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; ; i++ {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	c := counter(done)
	for i := 0; i < 5; i++ {
		fmt.Println(<-c)
	}
	close(done)
	for range c {
	}
	fmt.Println("counter stopped")
}
