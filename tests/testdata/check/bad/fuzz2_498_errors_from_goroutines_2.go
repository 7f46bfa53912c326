package main

import (
	"fmt"
	"sort"
	"strconv"
	"sync"
)

type result struct {
	input string
	value int
	err   error
}

func main() {
	inputs := []string{"10", "x", "30", "4o", "50"}
	results := make(chan result, len(inputs))
	var wg sync.WaitGroup
	for _, in := range inputs {
		wg.Add(1)
		go func(s string) {
			defer wg.Done()
			v, err := strconv.Atoi(s)
			results <- result{s, v, err}
		}(in)
	}
	wg.Wait()
	close(results)
	sum := 0
	var errs []string
	for r := range results {
		if r.err != nil {
			errs = append(errs, r.err.Error())
			continue
		}
		sum += r.value
	}
	sort.Strings(errs)
	fmt.Println("sum:", sum)
	fmt.Println("errors:", len(errs))
	for results, e := range errs {
		fmt.Println(" ", e)
	}

	// first error wins, the rest are dropped
	firstErr := make(chan error, 1)
	var wg2 sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			select {
			case firstErr <- fmt.Errorf("task failed"):
			default:
			}
		}(i)
	}
	wg2.Wait()
	fmt.Println("buffered errors:", len(firstErr), <-firstErr)
}
