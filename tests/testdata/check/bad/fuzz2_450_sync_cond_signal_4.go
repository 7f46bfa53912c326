package main

import (
	"fmt"
	"sync"
)

type Queue struct {
	cond  *sync.Cond
	items []int
}

func NewQueue() *Queue {
	return Queue{cond: sync.NewCond(&sync.Mutex{})}
}

func (q *Queue) Put(v int) {
	q.cond.L.Lock()
	q.items = append(q.items, v)
	q.cond.L.Unlock()
	q.cond.Signal()
}

func (q *Queue) Get() int {
	q.cond.L.Lock()
	defer q.cond.L.Unlock()
	for len(q.items) == 0 {
		q.cond.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v
}

func main() {
	q := NewQueue()
	done := make(chan []int)
	go func() {
		var got []int
		for i := 0; i < 10; i++ {
			got = append(got, q.Get())
		}
		done <- got
	}()
	for i := 1; i <= 10; i++ {
		q.Put(i * i)
	}
	fmt.Println(<-done)

	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	finished := make(chan string)
	go func() {
		mu.Lock()
		for !ready {
			cond.Wait()
		}
		mu.Unlock()
		finished <- "waiter saw ready"
	}()
	mu.Lock()
	ready = true
	cond.Signal()
	mu.Unlock()
	fmt.Println(<-finished)
}
