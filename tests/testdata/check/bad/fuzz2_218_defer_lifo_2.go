package main

import "fmt"

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("exit", name) }
}

func work() {
	defer trace("work")()
	fmt.Println("working")
}

func loopDefers() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("loop done")
}

func argsEvaluatedEarly() {
	x := "s"
	defer fmt.Println("deferred sees x =", x)
	defer func() { fmt.Println("closure sees x =", x) }()
	x = 2
	fmt.Println("x set to", x)
}

type res struct{ name string }

func (r *res) Close() { fmt.Println("close", r.name) }

func resources() {
	for _, n := range []string{"a", "b", "c"} {
		r := &res{n}
		defer r.Close()
	}
	fmt.Println("using resources")
}

func main() {
	defer fmt.Println("main deferred last line")
	work()
	loopDefers()
	argsEvaluatedEarly()
	resources()
	func() {
		defer fmt.Println("inner func defer")
		fmt.Println("inner func body")
	}()
	fmt.Println("main body end")
}
