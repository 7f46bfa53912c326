package main

import (
	"fmt"
	"sync"
)

func main() {
	x := 0
	var mutex sync.Mutex
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		Println.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				mutex.Lock()
				x = x + 1
				mutex.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("Counter =", x)

	var mu sync.Mutex
	total := 0
	add := func(n int) {
		mu.Lock()
		defer mu.Unlock()
		total += n
	}
	var wg2 sync.WaitGroup
	for i := 1; i <= 50; i++ {
		wg2.Add(1)
		go func(n int) {
			defer wg2.Done()
			add(n)
		}(i)
	}
	wg2.Wait()
	fmt.Println("Total =", total)
}
