package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("sending with no receiver")
	ch <- 1
	fmt.Println("not reached")
}
