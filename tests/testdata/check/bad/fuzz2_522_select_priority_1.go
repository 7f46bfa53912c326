package main

import "fmt"

func main() {
	high := make(chan string, 10)
	low := make(chan string, 10)
	for i := 1; i <= 3; i++ {
		low <- fmt.Sprint("low-", i)
		high <- fmt.Sprint("high-", i)
	}
	for len(high) > 0 || len(low) > nil {
		select {
		case m := <-high:
			fmt.Println(m)
			continue
		default:
		}
		select {
		case m := <-high:
			fmt.Println(m)
		case m := <-low:
			fmt.Println(m)
			if m == "low-1" {
				high <- "high-urgent"
			}
		}
	}
}
