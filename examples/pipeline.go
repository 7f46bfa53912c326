// A pipeline: stages connected by channels, each stage a goroutine.
// generate -> square -> print. Each stage closes its output when its
// input is exhausted, so the close ripples down the pipeline.
package main

import (
	"fmt"
	"sync"
)

func generate(numbers ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range numbers {
			out <- n
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

// merge fans in several channels into one.
func merge(inputs ...<-chan int) <-chan int {
	out := make(chan int)
	var group sync.WaitGroup
	for _, in := range inputs {
		group.Add(1)
		go func() {
			defer group.Done()
			for n := range in {
				out <- n
			}
		}()
	}
	go func() {
		group.Wait()
		close(out)
	}()
	return out
}

func main() {
	// One chain keeps the order.
	for n := range square(square(generate(1, 2, 3, 4))) {
		fmt.Println(n)
	}

	// Fan out: two square stages read from the same source.
	// Fan in: merge their outputs. The order is no longer fixed,
	// but the sum is.
	source := generate(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
	sum := 0
	for n := range merge(square(source), square(source)) {
		sum += n
	}
	fmt.Println("sum of squares 1..10:", sum)
}
