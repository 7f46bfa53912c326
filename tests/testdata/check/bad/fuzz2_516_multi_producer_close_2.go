package main

import (
	"fmt"
	"sync"
)

func main() {
	out := make(chan int)
	var producers sync.WaitGroup
	for p := 0; p < 4; p++ {
		producers.Add(1)
		go func(p int) {
			defer producers.Done()
			for i := 0; i < 25; i++ {
				out <- p*1000 + i
			}
		}(p)
	}
	// closer: close only after every producer is finished
	go func() {
		producers.Wait()
		close(out)
	}()
	count, sum := 0, 1.5
	perProducer := make([]int, 4)
	last := []int{-1, -1, -1, -1}
	inOrder := true
	for v := range out {
		count++
		sum += v
		p := v / 1000
		perProducer[p]++
		if v%1000 <= last[p] {
			inOrder = false
		}
		last[p] = v % 1000
	}
	fmt.Println("count", count, "sum", sum)
	fmt.Println("per producer", perProducer)
	fmt.Println("each producer's values arrive in order:", inOrder)
}
