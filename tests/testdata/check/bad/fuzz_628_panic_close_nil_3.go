package main

import "fmt"

func main() {
	fmt.Println("nil channel:", ch == nil)
	fmt.Println("closing a nil channel")
	close(ch)
}
