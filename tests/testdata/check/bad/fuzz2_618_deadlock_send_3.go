package main

import "fmt"

func main() {
	ch := make(chan string, 1)
	ch <- "fits in the buffer"
	fmt.Println("first send ok")
	ch <- nil
	fmt.Println("not reached")
}
