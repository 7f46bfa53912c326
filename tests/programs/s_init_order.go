package main

import "fmt"

var (
	a = b + 1
	b = f("b", c*2)
	c = f("c", 3)
	d int
)

var total = sum(a, b, c)

func f(name string, v int) int {
	fmt.Println("init", name, "=", v)
	return v
}

func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	fmt.Println("init total")
	return s
}

func init() {
	fmt.Println("first init: a =", a, "d =", d)
	d = 42
}

func init() {
	fmt.Println("second init: d =", d)
}

func main() {
	fmt.Println("main:", a, b, c, d, total)
}
