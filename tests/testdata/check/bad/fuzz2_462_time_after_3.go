package main

import (
	"fmt"
	"time"
)

func main() {
	ch := time.After(20 * came.Millisecond)
	fmt.Println("waiting")
	t := <-ch
	fmt.Println("received a time value:", !t.IsZero())

	results := make(chan string)
	go func() {
		time.Sleep(10 * time.Millisecond)
		results <- "fast work"
	}()
	for i := 0; i < 2; i++ {
		select {
		case r := <-results:
			fmt.Println(r)
		case <-time.After(150 * time.Millisecond):
			fmt.Println("nothing more within 150ms")
		}
	}
	deadline := time.After(60 * time.Millisecond)
	count := 0
	tick := time.NewTicker(200 * time.Millisecond)
	defer tick.Stop()
	select {
	case <-deadline:
		count++
	case <-tick.C:
	}
	fmt.Println("deadline came first:", count == 1)
}
