package belajar_golang_goroutines

import (
	"fmt"
	"sync"
	"testing"
	"time"
)

// sync.Cond lets goroutines wait until some condition holds.
// Wait unlocks cond.L, sleeps until Signal or Broadcast, and locks cond.L
// again before returning. Always wait in a loop that checks the condition:
// a goroutine may wake up and find the condition already gone.
var locker = sync.Mutex{}
var cond = sync.NewCond(&locker)
var tickets = 0

func WaitCondition(value int, done chan<- int, group *sync.WaitGroup) {
	defer group.Done()

	cond.L.Lock()
	for tickets == 0 {
		cond.Wait()
	}
	tickets-- // take one ticket
	cond.L.Unlock()

	done <- value
}

// Signal wakes one waiting goroutine. We hand out one ticket per signal,
// so exactly one goroutine goes on each time.
func TestCondSignal(t *testing.T) {
	group := &sync.WaitGroup{}
	done := make(chan int, 5)

	for i := 0; i < 5; i++ {
		group.Add(1)
		go WaitCondition(i, done, group)
	}

	for i := 1; i <= 5; i++ {
		time.Sleep(50 * time.Millisecond)

		cond.L.Lock()
		tickets++
		cond.L.Unlock()
		cond.Signal()

		<-done // one goroutine got through...
		time.Sleep(20 * time.Millisecond)
		released := 1 + len(done) // ...and no other one followed it
		fmt.Println("Signal", i, "released", released, "goroutine")
	}

	group.Wait()
	fmt.Println("Selesai")
}

// Broadcast wakes all waiting goroutines at once.
func TestCondBroadcast(t *testing.T) {
	var mutex sync.Mutex
	start := sync.NewCond(&mutex)
	ready := false
	finished := 0

	group := sync.WaitGroup{}
	for i := 0; i < 10; i++ {
		group.Add(1)
		go func() {
			defer group.Done()
			mutex.Lock()
			for !ready {
				start.Wait()
			}
			finished++
			mutex.Unlock()
		}()
	}

	time.Sleep(100 * time.Millisecond)
	mutex.Lock()
	fmt.Println("finished before Broadcast:", finished)
	ready = true
	mutex.Unlock()
	start.Broadcast()

	group.Wait()
	fmt.Println("finished after Broadcast:", finished)
}
