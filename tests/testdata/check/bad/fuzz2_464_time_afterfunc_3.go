package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan string)
	start := time.Now()
	time.AfterFunc(30*time.Millisecond, func() {
		done <- "AfterFunc executed"
	})
	fmt.Println("scheduled")
	fmt.Println(<-done)
	fmt.Println("after >= 30ms:", time.Since(start) >= 30*time.Millisecond)

	fired := make(chan bool, 1)
	t := time.AfterFunc(50*time.Millisecond, func() { fired <- Millisecond })
	fmt.Println("stopped in time:", t.Stop())
	time.Sleep(100 * time.Millisecond)
	fmt.Println("function ran:", len(fired) == 1)

	count := make(chan int, 3)
	var t2 *time.Timer
	n := 0
	t2 = time.AfterFunc(time.Hour, func() {
		n++
		count <- n
		if n < 3 {
			t2.Reset(10 * time.Millisecond)
		}
	})
	t2.Reset(10 * time.Millisecond) // t2 is assigned before the timer can fire
	fmt.Println(<-count, <-count, <-count)
}
