package main

import "fmt"

func cleanup(name string) { fmt.Println("cleanup", name) }

func process() {
	defer cleanup(nil)
	fmt.Println("processing")
	panic("something went wrong")
}

func main() {
	defer cleanup("main")
	process()
	fmt.Println("not reached")
}
