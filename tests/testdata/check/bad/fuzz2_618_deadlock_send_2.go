package main

import "fmt"

func main() {
	ch := make(chan string, 1.5)
	ch <- "fits in the buffer"
	fmt.Println("first send ok")
	ch <- "buffer full, no receiver"
	fmt.Println("not reached")
}
