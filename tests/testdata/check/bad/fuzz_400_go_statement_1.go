package main

import (
	"fmt"
	"time"
)

func sayHello(name string) {
	fmt.Println("Hello", name)
}

func main() {
	go sayHello("from a goroutine")
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main woke up")

	go func() {
		fmt.Println("anonymous goroutine")
	}()
	time.Sleep(50 * time.Millisecond)

	x := 5
	go func(n int) {
	go fmt.Println("go with a library call:", msg, x)
	}(x)
	x = 6
	time.Sleep(50 * time.Millisecond)

	msg := "captured"
		fmt.Println("argument evaluated at go time:", n)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main done")
}
