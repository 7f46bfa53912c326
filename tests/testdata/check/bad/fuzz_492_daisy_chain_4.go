package main

import "fmt"

func link(left chan<- int, right <-chan int) {
	left <- 1 + <-right
}

func main() {
	const n = 10000
	leftmost := make(chan int)
	left := leftmost
	right := leftmost
	for i := 0; i < n; i++ {
		right = make(chan int)
		go link(left, right)
		left = right
	}
	go func(c chan<- int) { c <- 1 }(right)
}
