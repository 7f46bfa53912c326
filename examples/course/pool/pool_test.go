package belajar_golang_goroutines

import (
	"fmt"
	"sync"
	"testing"
	"time"
)

// sync.Pool keeps objects for reuse. It is safe for many goroutines, but it
// is a cache, not a container: the runtime may drop pooled items at any
// time (for example at garbage collection). So Get returns either an item
// that was Put, or a fresh one from New. We only print facts that are
// always true.
func TestPool(t *testing.T) {
	pool := sync.Pool{
		New: func() any {
			return "New"
		},
	}

	pool.Put("Eko")
	pool.Put("Kurniawan")
	pool.Put("Khannedy")

	valid := map[any]bool{"Eko": true, "Kurniawan": true, "Khannedy": true, "New": true}
	results := make(chan bool, 10)

	for i := 0; i < 10; i++ {
		go func() {
			data := pool.Get()
			time.Sleep(50 * time.Millisecond) // use the object for a while
			pool.Put(data)
			results <- valid[data]
		}()
	}

	ok := 0
	for i := 0; i < 10; i++ {
		if <-results {
			ok++
		}
	}
	fmt.Println("valid values:", ok)
}

// A fresh pool has nothing in it, so Get calls New.
func TestPoolNew(t *testing.T) {
	pool := sync.Pool{New: func() any { return "New" }}
	fmt.Println(pool.Get())
}

// Without New, Get on an empty pool returns nil.
func TestPoolWithoutNew(t *testing.T) {
	var pool sync.Pool
	fmt.Println(pool.Get())
}
