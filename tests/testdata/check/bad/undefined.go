package main

import "fmt"

func foo() {}

func main() {
	fmt.Println(fooo)
	x := 1
	fmt.Println(y)
	_ = x
	fmt.Printx()
}
