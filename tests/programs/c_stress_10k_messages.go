package main

import (
	"fmt"
	"sync"
)

// 10,000 goroutines in pairs: each sender sends its messages to a partner
// through an unbuffered channel; the partner forwards them to a shared
// buffered channel; the collector checks that every message arrives once.
func main() {
	const pairs = 5000
	const perPair = 4
	out := make(chan int, 64)
	var wg sync.WaitGroup
	for p := 0; p < pairs; p++ {
		ch := make(chan int)
		wg.Add(2)
		go func(p int) {
			defer wg.Done()
			for k := 0; k < perPair; k++ {
				ch <- p*perPair + k
			}
			close(ch)
		}(p)
		go func() {
			defer wg.Done()
			for v := range ch {
				out <- v
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	seen := make([]bool, pairs*perPair)
	count, sum, dups := 0, 0, 0
	for v := range out {
		if seen[v] {
			dups++
		}
		seen[v] = true
		count++
		sum += v
	}
	missing := 0
	for _, s := range seen {
		if !s {
			missing++
		}
	}
	n := pairs * perPair
	fmt.Println("messages:", count, "want", n)
	fmt.Println("sum ok:", sum == n*(n-1)/2, "dups:", dups, "missing:", missing)
}
