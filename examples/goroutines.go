// A pool of workers: three goroutines take jobs from one channel and send
// results to another. A WaitGroup tells when all workers are done, so the
// results channel can be closed.
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type Result struct {
	Job    int
	Square int
	Worker int
}

func worker(id int, jobs <-chan int, results chan<- Result, group *sync.WaitGroup) {
	defer group.Done()
	for job := range jobs { // ends when jobs is closed
		time.Sleep(10 * time.Millisecond) // pretend this is hard work
		results <- Result{Job: job, Square: job * job, Worker: id}
	}
}

func main() {
	jobs := make(chan int)
	results := make(chan Result)
	var group sync.WaitGroup

	for id := 1; id <= 3; id++ {
		group.Add(1)
		go worker(id, jobs, results, &group)
	}

	// Send the jobs from their own goroutine, so main can collect results.
	go func() {
		for job := 1; job <= 9; job++ {
			jobs <- job
		}
		close(jobs)
	}()

	// Close results once every worker has returned.
	go func() {
		group.Wait()
		close(results)
	}()

	var all []Result
	perWorker := map[int]int{}
	for result := range results {
		all = append(all, result)
		perWorker[result.Worker]++
	}

	// Results arrive in whatever order the workers finish: sort them.
	sort.Slice(all, func(i, j int) bool { return all[i].Job < all[j].Job })
	for _, result := range all {
		fmt.Printf("%d squared is %d\n", result.Job, result.Square)
	}

	// Which worker did which job is up to the scheduler; the total is not.
	total := 0
	for _, count := range perWorker {
		total += count
	}
	fmt.Println("jobs done:", total)
	fmt.Println("at most 3 workers took part:", len(perWorker) <= 3)
}
