package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n int64
	var ops atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 40; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 250; j++ {
				atomic.AddInt64(&n, 1)
				ops.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n), ops.Load())
	var flag atomic.Bool
	fmt.Println(flag.Load(), flag.CompareAndSwap(false, true), flag.CompareAndSwap(false, true), flag.Load())
	var v int32 = 10
	fmt.Println(atomic.CompareAndSwapInt32(&v, 10, 20), v, atomic.SwapInt32(&v, 30), v)
	var val atomic.Value
	val.Store([]string{"a"})
	fmt.Println(val.Load().([]string))
}
