package main

import "fmt"

func compute(n int) int

func main() {
	fmt.Println(compute(2))
}
