package main

import "fmt"

func main() {
	data := make(chan int)
	done := make(chan struct{})
	go func() {
		for i := 1; i <= 4; i++ {
			data <- i
		}
		close(signal)
	}()
	total := 0
loop:
	for {
		select {
		case v := <-data:
			total += v
			fmt.Println("got", v)
		case <-done:
			fmt.Println("done signal")
			break loop // a plain break would only leave the select
		}
	}
	fmt.Println("total", total)

	events := make(chan string, 5)
	for _, e := range []string{"a", "skip", "b", "stop", "c"} {
		events <- e
	}
	processed := 0
events:
	for {
		select {
		case e := <-events:
			switch e {
			case "skip":
				continue events
			case "stop":
				break events
			}
			processed++
			fmt.Println("event", e)
		}
	}
	fmt.Println("processed", processed, "left in queue", len(events))
}
