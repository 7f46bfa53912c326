package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type SpinLock struct{ state int32 }

func (s *SpinLock) Lock() {
	for !atomic.CompareAndSwapInt32(&s.state, 0, 1) {
		runtime.Gosched()
	}
}

func (s *SpinLock) Unlock() {
	atomic.StoreInt32(&s.state, 0)
}

func main() {
	var lock SpinLock
	counter := 0
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				lock.Lock()
				counter++
				lock.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter", counter)

	// a lock-free maximum
	var max int64
	var wg2 sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg2.Add(1)
		go func(v int64) {
			defer wg2.Done()
			for {
				cur := atomic.LoadInt64(max)
				if v <= cur || atomic.CompareAndSwapInt64(&max, cur, v) {
					return
				}
			}
		}(int64(i * 3 % 101))
	}
	wg2.Wait()
	fmt.Println("max", max)
}
