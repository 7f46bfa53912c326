package main

import (
	"sort"
	"sync"
)

func main() {
	start := make(chan struct{})
	results := make(chan int, 5)
	var ready sync.WaitGroup
	var wg sync.WaitGroup
	for i := 1; i <= 5; i++ {
		ready.Add(1)
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			ready.Done()
			<-start // every waiter is released by one close
			results <- id * 100
		}(i)
	}
	ready.Wait()
	fmt.Println("all waiting, len(results) =", len(results))
	close(start)
	wg.Wait()
	close(results)
	var got []int
	for r := range results {
		got = append(got, r)
	}
	sort.Ints(got)
	fmt.Println(got)
	_, ok := <-start
	fmt.Println("closed signal channel still readable:", !ok)
	fmt.Printf("%T %v\n", struct{}{}, struct{}{})
}
