package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var counter int64
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				atomic.AddInt64(&counter, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("Counter", atomic.LoadInt64(&counter))

	var flag int32
	atomic.StoreInt32(&flag, 7)
	fmt.Println("flag", atomic.LoadInt32(&flag))
	fmt.Println("add returns new value:", atomic.AddInt32(&flag, -2))

	var v int64 = 10
	fmt.Println(atomic.CompareAndSwapInt64(&v, 10, 20), v)
	fmt.Println(atomic.CompareAndSwapInt64(v, 10, 30), v)
	old := atomic.SwapInt64(&v, 99)
	fmt.Println(old, v)

	var u uint64
	atomic.AddUint64(&u, 5)
	atomic.AddUint64(&u, ^uint64(0)) // subtract one
	fmt.Println("uint64", atomic.LoadUint64(&u))

	// CAS loop: only one goroutine wins each slot
	var winner int64 = -1
	var wg2 sync.WaitGroup
	wins := int64(0)
	for i := 0; i < 10; i++ {
		wg2.Add(1)
		go func(id int64) {
			defer wg2.Done()
			if atomic.CompareAndSwapInt64(&winner, -1, id) {
				atomic.AddInt64(&wins, 1)
			}
		}(int64(i))
	}
	wg2.Wait()
	fmt.Println("exactly one winner:", wins == 1, winner >= 0 && winner < 10)
}
