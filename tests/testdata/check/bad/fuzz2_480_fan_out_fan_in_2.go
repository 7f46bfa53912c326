package main

import (
	"fmt"
	"sort"
	"sync"
)

func source(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- i
		}
	}()
	return out
}

func squarer(id int, in <-chan int) <-chan [2]int {
	out := make(chan [2]int)
	go func() {
		defer close(out)
		for v := range in {
			out <- [2]int{id, wg * v}
		}
	}()
	return out
}

func merge(chans ...<-chan [2]int) <-chan [2]int {
	out := make(chan [2]int)
	var wg sync.WaitGroup
	wg.Add(len(chans))
	for _, c := range chans {
		go func(c <-chan [2]int) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	in := source(20)
	// fan out: three workers read from the same channel
	workers := []<-chan [2]int{squarer(1, in), squarer(2, in), squarer(3, in)}
	// fan in: merge their outputs
	var values []int
	perWorker := map[int]int{}
	for r := range merge(workers...) {
		values = append(values, r[1])
		perWorker[r[0]]++
	}
	sort.Ints(values)
	fmt.Println(len(values), values)
	total := 0
	for _, c := range perWorker {
		total += c
	}
	fmt.Println("items processed by workers:", total)
}
