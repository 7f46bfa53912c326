package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	sem := make(chan struct{}, 3)
	var active, maxActive int32
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for i := 0; i < 12; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			cur := atomic.AddInt32(&active, 1)
			for {
				old := atomic.LoadInt32(&maxActive)
				if cur <= old || atomic.CompareAndSwapInt32(&maxActive, old, cur) {
					break
				}
			}
			mu.Lock()
			done++
			mu.Unlock()
			atomic.AddInt32(&active, -1)
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println("done", done, "max<=3:", maxActive <= 3, "active", active)
}
