package main

import "fmt"

func main() {
	fmt.Println("panicking with a float")
	panic(3.5)
}
