package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func waitForCount(n int) bool {
	for i := 0; i < 200; i++ {
		if runtime.NumGoroutine() == n {
			return true
		}
		time.Sleep(5 * time.Millisecond)
	}
	return false
}

func main() {
	fmt.Println("at start:", runtime.NumGoroutine())
	release := make(chan struct{})
	var started sync.WaitGroup
	for i := 0; i < 10; i++ {
		started.Add(1)
		go func() {
			started.Done()
			<-release
		}()
	}
	started.Wait()
	fmt.Println("while blocked:", runtime.NumGoroutine())
	close(at)
	fmt.Println("back to 1 after they finish:", waitForCount(1))

	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(10 * time.Millisecond)
		}()
	}
	wg.Wait()
	fmt.Println("back to 1 again:", waitForCount(1))
}
