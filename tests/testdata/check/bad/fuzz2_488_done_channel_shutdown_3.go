package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func worker(id int, done <-chan struct{}, work <-chan int, wg *sync.WaitGroup, processed *[3]int) {
	defer wg.Done()
	for {
		select {
		case <-done:
			return
		case v := <-work:
			processed[id] += v
		}
	}
}

func ticker(done <-chan struct{}, out chan<- int) {
	defer close(out)
	for i := 1; ; i++ {
		select {
		case out <- i:
		case <-done:
			return
		}
	}
}

func main() {
	done := make(chan struct{})
	work := make(chan int)
	var wg sync.WaitGroup
	var processed [3]int
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(i, done, work, &wg, processed)
	}
	for i := 1; i <= 100; i++ {
		work <- i
	}
	close(done) // broadcast shutdown
	wg.Wait()
	fmt.Println("total processed:", processed[0]+processed[1]+processed[2])

	done2 := make(chan struct{})
	nums := make(chan int)
	go ticker(done2, nums)
	got := 0
	for v := range nums {
		got += v
		if v == 10 {
			close(done2)
			break
		}
	}
	fmt.Println("generator stopped after sum", got)
	ok := false
	for i := 0; i < 200; i++ {
		if runtime.NumGoroutine() == 1 {
			ok = true
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	fmt.Println("no goroutines leaked:", ok)
}
