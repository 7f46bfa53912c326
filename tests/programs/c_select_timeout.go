package main

import (
	"fmt"
	"time"
)

func main() {
	slow := make(chan string)
	go func() {
		time.Sleep(2 * time.Second)
		slow <- "too late"
	}()
	select {
	case v := <-slow:
		fmt.Println(v)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("timeout")
	}
	fast := make(chan string, 1)
	go func() { fast <- "quick" }()
	select {
	case v := <-fast:
		fmt.Println(v)
	case <-time.After(3 * time.Second):
		fmt.Println("should not time out")
	}
}
