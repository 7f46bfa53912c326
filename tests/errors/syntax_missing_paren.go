package main

import "fmt"

func main() {
	fmt.Println("a", "b"
	fmt.Println("c")
}
