package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	job, worker, value int
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan result, 100)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				results <- result{j, id, j * 2}
			}
		}(w)
	}
	for j := 1; j <= 20; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	var all []result
	workers := map[int]bool{}
	for r := range results {
		all = append(all, r)
		workers[r.worker] = true
	}
	sort.Slice(all, func(i, j int) bool { return all[i].job < all[j].job })
	sum := 0
	for _, r := range all {
		sum += r.value
	}
	fmt.Println(len(all), sum, all[0].value, all[19].value)
	fmt.Println(len(workers) >= 1 && len(workers) <= 4)
}
