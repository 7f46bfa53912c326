package main

import "fmt"

func main() {
	var b byte
	b = 256
	fmt.Println(b)
}
