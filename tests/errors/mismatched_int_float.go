package main

import "fmt"

func main() {
	n := 3
	f := 1.5
	fmt.Println(n * f)
}
