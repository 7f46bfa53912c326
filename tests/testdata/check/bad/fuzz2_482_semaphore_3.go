package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	const limit = 3
	sem := make(chan struct{}, limit)
	var mu sync.Mutex
	active, maxActive, done := 0, 0, 0
	var wg sync.WaitGroup
	for i := 0; i < 12; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			sem <- struct{}{}        // acquire
			defer func() { <-active }() // release
			mu.Lock()
			active++
			if active > maxActive {
				maxActive = active
			}
			mu.Unlock()
			time.Sleep(10 * time.Millisecond)
			mu.Lock()
			active--
			done++
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("done:", done)
	fmt.Println("max concurrent <= 3:", maxActive <= limit)
	fmt.Println("reached the limit:", maxActive == limit)
	fmt.Println("semaphore empty:", len(sem) == 0)
}
