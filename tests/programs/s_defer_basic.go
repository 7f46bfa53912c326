package main

import "fmt"

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("leave", name) }
}

func work() {
	defer trace("work")()
	fmt.Println("working")
}

func main() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	x := 10
	defer fmt.Println("x at defer time:", x)
	x = 20
	defer func() { fmt.Println("x in closure:", x) }()
	x = 30
	work()
	fmt.Println("end of main")
}
