package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Printf("recovered %T: %v\n", r, r)
		panic(nil)
	}()
	panic(nil)
}
