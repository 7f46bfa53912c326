package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("cleanup fails too")
		panic("second panic")
	}()
	fmt.Println("working")
	panic("first panic")
}
