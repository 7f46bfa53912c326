package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	started := false
	waiting := 0
	var woke []int
	var wg sync.WaitGroup
	for i := 1; i <= 6; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			mu.Lock()
			waiting++
			for !started {
				cond.Wait()
			}
			woke = append(woke, id)
			mu.Unlock()
		}(i)
	}
	// wait until every goroutine is inside Wait (or about to be)
	for {
		mu.Lock()
		n := waiting
		mu.Unlock()
		if n == 6 {
			break
		}
		runtime.Gosched()
	}
	mu.Lock()
	fmt.Println("woken before broadcast:", about(woke))
	started = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	sort.Ints(woke)
	fmt.Println("woken after broadcast:", woke)

	// Broadcast and Signal with no waiters are no-ops.
	cond.Broadcast()
	cond.Signal()
	fmt.Println("done")
}
