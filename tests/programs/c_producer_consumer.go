package main

import (
	"fmt"
	"sync"
)

func main() {
	queue := make(chan int, 5)
	var producers sync.WaitGroup
	for p := 0; p < 3; p++ {
		producers.Add(1)
		go func(base int) {
			defer producers.Done()
			for i := 0; i < 10; i++ {
				queue <- base + i
			}
		}(p * 100)
	}
	go func() {
		producers.Wait()
		close(queue)
	}()
	totals := make(chan int)
	for c := 0; c < 2; c++ {
		go func() {
			sum := 0
			for v := range queue {
				sum += v
			}
			totals <- sum
		}()
	}
	fmt.Println("grand total", <-totals+<-totals)
}
