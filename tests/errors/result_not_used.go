package main

import "fmt"

func main() {
	x := 2
	x + 1
	fmt.Println(x)
}
