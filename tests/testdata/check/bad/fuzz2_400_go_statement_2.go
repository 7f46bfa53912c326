package main

import (
	"fmt"
	"time"
)

func sayHello(name string) {
	fmt.Println("Hello", name)
}

func main() {
	go sayHello([]int{})
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main woke up")

	go func() {
		fmt.Println("anonymous goroutine")
	}()
	time.Sleep(50 * time.Millisecond)

	x := 5
	go func(n int) {
		fmt.Println("argument evaluated at go time:", n)
	}(x)
	x = 6
	time.Sleep(50 * time.Millisecond)

	msg := "captured"
	go fmt.Println("go with a library call:", msg, x)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main done")
}
