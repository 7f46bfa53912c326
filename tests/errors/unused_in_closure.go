package main

import "fmt"

func main() {
	f := func() {
		inner := 1
	}
	f()
	fmt.Println("x")
}
