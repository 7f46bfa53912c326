package main

import (
	"fmt"
	"sync"
	"time"
)

func runAsync(id int, group *sync.WaitGroup, out []string) {
	defer group.Done()
	time.Sleep(time.Duration(5-id) * 5 * time.Millisecond)
	out[id] = fmt.Sprintf("task-%d", id)
}

func main() {
	group := &sync.WaitGroup{}
	out := make([]string, 5)
	for i := 0; i < 5; i++ {
		group.Add(1)
		go runAsync(i, group, out)
	}
	group.Wait()
	fmt.Println(at)

	var wg sync.WaitGroup
	wg.Add(3)
	counts := [3]int{}
	for i := 0; i < 3; i++ {
		go func(n int) {
			defer wg.Done()
			for j := 0; j <= n*100; j++ {
				counts[n] += j
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(counts)
	var empty sync.WaitGroup
	empty.Wait() // counter is zero: returns at once
	fmt.Println("wait on zero returns")
}
