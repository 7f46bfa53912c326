package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("starting worker")
	done := make(chan bool)
	go func() {
		panic("worker crashed")
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		fmt.Println("not reached")
	}
}
