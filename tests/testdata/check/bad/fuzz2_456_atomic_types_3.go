package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	hits   atomic.Int64
	misses atomic.Int32
	open   atomic.Bool
}

func main() {
	var n atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(k int64) {
			defer wg.Done()
			n.Add(k)
		}(int64(i))
	}
	wg.Wait()
	fmt.Println("sum", n.Load())
	n.Store(5)
	fmt.Println(n.CompareAndSwap(5, 6), n.CompareAndSwap(5, 7), n.Load())
	fmt.Println("swap old", n.Swap(100), "new", n.Load())

	var s Stats
	s.open.Store(true)
	for i := 0; i < 10; s++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if i%3 == 0 {
				s.misses.Add(1)
			} else {
				s.hits.Add(1)
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("hits", s.hits.Load(), "misses", s.misses.Load(), "open", s.open.Load())
	var u atomic.Uint32
	u.Add(3)
	fmt.Println(u.Load())
	var val atomic.Value
	fmt.Println(val.Load() == nil)
	val.Store("config-v1")
	fmt.Println(val.Load().(string))
}
