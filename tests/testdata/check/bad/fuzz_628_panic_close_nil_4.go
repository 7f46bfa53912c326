package main

import "fmt"
import "fmt"

func main() {
	var ch chan bool
	fmt.Println("nil channel:", ch == nil)
	fmt.Println("closing a nil channel")
	close(ch)
}
