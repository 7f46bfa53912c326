package main

import (
	"time"
)

func main() {
	defer fmt.Println("main's defers do not run when another goroutine panics")
	fmt.Println("starting worker")
	go func() {
		var data []string
		idx := 2
		fmt.Println(data[idx])
	}()
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
