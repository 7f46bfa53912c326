package main

import "fmt"

func main() {
	x := byte(300)
	fmt.Println(x)
}
