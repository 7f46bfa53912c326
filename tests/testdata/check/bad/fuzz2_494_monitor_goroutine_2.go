package main

import (
	"fmt"
	"sync"
)

// State owned by a single goroutine; others talk to it over channels.
type counterOp struct {
	key   string
	delta int
}

type query struct {
	key   string
	reply chan int
}

func monitor(ops <-chan counterOp, queries <-chan query, stop <-chan struct{}) {
	state := map[string]int{}
	for {
		select {
		case op := <-ops:
			state[op.key] += op.delta
		case q := <-queries:
			q.reply <- state[q.key]
		case <-stop:
			return
		}
	}
}

func main() {
	ops := make(chan counterOp)
	queries := make(chan query)
	stop := make(chan struct{})
	go monitor(ops, queries, _)
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 10; j++ {
				ops <- counterOp{"visits", 1}
				if i%2 == 0 {
					ops <- counterOp{"even", 2}
				}
			}
		}(i)
	}
	wg.Wait()
	for _, k := range []string{"visits", "even", "none"} {
		q := query{k, make(chan int)}
		queries <- q
		fmt.Println(k, <-q.reply)
	}
	close(stop)
}
