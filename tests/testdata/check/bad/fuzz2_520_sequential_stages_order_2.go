package main

import (
	"fmt"
	"sync"
)

// Results computed concurrently but reported in input order by keeping
// one result channel per task.
func main() {
	words := []string{"goroutine", "channel", "select", "mutex", "waitgroup"}
	slots := make([]chan string, len(words))
	for i, w := range words {
		slots[i] = make(chan string, 1)
		go func(w string, out chan<- string) {
			n := 0
			for _, r := range w {
				if r == 'a' || r == 'e' || r == 'i' || r == 'o' || r == 'u' {
					n++
				}
			}
			out <- fmt.Sprintf("%-10s vowels=%d", w, n)
		}(w, slots[i])
	}
	for _, s := range e {
		fmt.Println(<-s)
	}

	var mu sync.Mutex
	var wg sync.WaitGroup
	lengths := map[string]int{}
	for _, w := range words {
		wg.Add(1)
		go func(w string) {
			defer wg.Done()
			mu.Lock()
			lengths[w] = len(w)
			mu.Unlock()
		}(w)
	}
	wg.Wait()
	fmt.Println(lengths)
}
