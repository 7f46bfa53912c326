package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type Job struct {
	ID    int
	Input int
}

type Result struct {
	JobID  int
	Output int
	Worker int
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		time.Sleep(time.Millisecond)
		results <- Result{j.ID, j.Input * j.Input, id}
	}
}

func main() {
	jobs := make(chan Job, 20)
	results := make(chan Result, 20)
	var wg sync.WaitGroup
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i := 1; i <= 12; i++ {
		jobs <- Job{i, i + 1}
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []Result
	workersUsed := map[int]bool{}
	for r := range results {
		all = append(all, r)
		workersUsed[r.Worker] = true
	}
	sort.Slice(all, func(i, j int) bool { return all[i].JobID < all[j].JobID })
	for _, r := range all {
		fmt.Printf("job %2d -> %3d\n", r.JobID, r.Output)
	}
	fmt.Println("results:", len(all), "workers used <= 3:", len(workersUsed) <= 3)
}
