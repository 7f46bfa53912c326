package belajar_golang_goroutines

import (
	"fmt"
	"sync"
	"testing"
	"time"
)

// WaitGroup waits for a group of goroutines: Add(1) before starting each
// one, Done() when it finishes (defer is the safe place), Wait() blocks
// until the counter is back to zero.
func RunAsynchronous(group *sync.WaitGroup, results []string, index int) {
	defer group.Done()

	time.Sleep(100 * time.Millisecond)
	results[index] = fmt.Sprint("Hello ", index)
}

func TestWaitGroup(t *testing.T) {
	group := &sync.WaitGroup{}
	results := make([]string, 10)

	for i := 0; i < 10; i++ {
		// Add must happen before the goroutine starts, not inside it:
		// otherwise Wait could see a zero counter too early.
		group.Add(1)
		go RunAsynchronous(group, results, i)
	}

	group.Wait()
	for _, result := range results {
		fmt.Println(result)
	}
	fmt.Println("Selesai")
}

// Go 1.25 added WaitGroup.Go, which does Add(1), go, and Done for you.
func TestWaitGroupGo(t *testing.T) {
	var group sync.WaitGroup
	var mutex sync.Mutex
	total := 0

	for i := 1; i <= 100; i++ {
		group.Go(func() {
			mutex.Lock()
			total += i
			mutex.Unlock()
		})
	}

	group.Wait()
	fmt.Println("Total", total)
}
