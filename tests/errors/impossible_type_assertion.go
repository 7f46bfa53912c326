package main

import "fmt"

type Named interface{ Name() string }

type Dog struct{}

func (d *Dog) Name() string { return "dog" }

func main() {
	var n Named = &Dog{}
	d := n.(Dog)
	fmt.Println(d)
}
