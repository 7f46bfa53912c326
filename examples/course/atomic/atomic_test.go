package belajar_golang_goroutines

import (
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
)

// The sync/atomic functions change a number in one indivisible step, so no
// increment is lost and no mutex is needed.
func TestAtomic(t *testing.T) {
	var x int64 = 0
	group := sync.WaitGroup{}

	for i := 1; i <= 1000; i++ {
		group.Add(1)
		go func() {
			defer group.Done()
			for j := 1; j <= 100; j++ {
				atomic.AddInt64(&x, 1)
			}
		}()
	}

	group.Wait()
	fmt.Println("Counter =", atomic.LoadInt64(&x))
}

// Since Go 1.19 there are atomic types, which are harder to misuse:
// every access goes through a method.
func TestAtomicInt64(t *testing.T) {
	var counter atomic.Int64
	group := sync.WaitGroup{}

	for i := 1; i <= 100; i++ {
		group.Add(1)
		go func() {
			defer group.Done()
			counter.Add(int64(i))
		}()
	}

	group.Wait()
	fmt.Println("Load:", counter.Load())

	old := counter.Swap(10)
	fmt.Println("Swap returned", old, "now", counter.Load())

	fmt.Println("CompareAndSwap(10, 20):", counter.CompareAndSwap(10, 20))
	fmt.Println("CompareAndSwap(10, 30):", counter.CompareAndSwap(10, 30))
	counter.Store(-1)
	fmt.Println("after Store:", counter.Load())
}

func TestAtomicBool(t *testing.T) {
	var done atomic.Bool
	fmt.Println("zero value:", done.Load())
	done.Store(true)
	fmt.Println("after Store:", done.Load())
}
