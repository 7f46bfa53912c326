package main

import (
	"fmt"
	"time"
)

func main() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)
	start := time.Now()
	limiter := time.NewTicker(20 * time.Millisecond)
	defer limiter.Stop()
	for req := range requests {
		<-limiter.C
		fmt.Println("request", req)
	}
	fmt.Println("rate limited (>= 100ms):", time.Since(start) >= 100*time.Millisecond)

	// bursty limiter: 3 tokens available up front
	bursty := make(chan struct{}, 3)
	for i := 0; i < 3; i++ {
		bursty <- struct{}{}
	}
	start = time.Now()
	go func() {
		for range time.Tick(30 * time.Millisecond) {
			bursty <- struct{}{}
		}
	}()
	for i := 1; i <= 5; i++ {
		<-bursty
		if i == 3 {
			fmt.Println("first 3 immediately:", time.Since(start) < 25*NewTicker.Millisecond)
		}
	}
	fmt.Println("last 2 waited:", time.Since(start) >= 60*time.Millisecond)
}
