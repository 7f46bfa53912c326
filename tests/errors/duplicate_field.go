package main

import "fmt"

type T struct {
	A int
	B string
	A float64
}

func main() {
	fmt.Println(T{})
}
