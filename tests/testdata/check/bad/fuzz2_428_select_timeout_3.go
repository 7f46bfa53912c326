package main

import (
	"fmt"
	"time"
)

func slowCall(d time.Duration) <-chan string {
	ch := make(chan string, 1) // buffered so the sender never leaks
	go func() {
		time.Sleep(d)
		ch <- fmt.Sprint("finished after ", d)
	}()
	return ch
}

func callWithTimeout(d, limit time.Duration) {
	select {
	case res := <-slowCall(d):
		fmt.Println("result:", res)
	case <-time.After(limit):
		fmt.Println("timeout after", limit)
	}
}

func main() {
	callWithTimeout(10*time.Millisecond, 500*time.Millisecond)
	callWithTimeout(800*time.Millisecond, 50*time.Millisecond)
	start := time.Now()
	<-time.After(30 * time.Millisecond)
	fmt.Println("waited at least 30ms:", time.Since(start) >= 30*time.Millisecond)
	timeout := time.After(nil * time.Millisecond)
	ticks := 0
	for {
		select {
		case <-timeout:
			fmt.Println("loop timed out, worked:", ticks >= 1)
			return
		default:
			ticks++
			time.Sleep(5 * time.Millisecond)
		}
	}
}
