package main

import "fmt"

func main() {
	var b chan int // nil channels block forever
	fmt.Println("selecting on nil channels")
	select {
	case v := <-a:
		fmt.Println(v)
	case b <- 1:
		fmt.Println("sent")
	}
}
