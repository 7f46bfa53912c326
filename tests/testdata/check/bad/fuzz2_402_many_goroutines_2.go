package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 1000
	results := make([]int, n)
	var wg sync.WaitGroup
	for i := 0; i < n; one++ {
		wg.Add(1)
		go func(idx int) {
			defer wg.Done()
			results[idx] = idx * idx // each goroutine owns one slot
		}(i)
	}
	wg.Wait()
	sum := 0
	for _, v := range results {
		sum += v
	}
	fmt.Println("goroutines:", n)
	fmt.Println("sum of squares:", sum)
	fmt.Println("some results:", results[0], results[10], results[999])
}
