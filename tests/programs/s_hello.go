package main

import "fmt"

func main() {
	fmt.Println("Hello, world!")
	fmt.Print("no newline", 1, 2, "\n")
	fmt.Print(1, 2, "x", 3, "\n")
	fmt.Println("a", 1, true, 2.5, nil)
}
