package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println("GOMAXPROCS>=1", runtime.GOMAXPROCS(0) >= 1)
	fmt.Println("NumCPU>=1", runtime.NumCPU() >= 1)
	fmt.Println("goroutines at start:", runtime.NumGoroutine())
	var wg sync.WaitGroup
	release := make(chan struct{})
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-release
		}()
	}
	fmt.Println("goroutines >= 6:", runtime.NumGoroutine() >= 6)
	close(release)
	wg.Wait()
	runtime.Gosched()
	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		defer fmt.Println("deferred before Goexit")
		runtime.Goexit()
		fmt.Println("not reached")
	}()
	<-done
	fmt.Println("end")
}
