package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func adder(base int) func(int) int {
	return func(x int) int { return base + x }
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func main() {
	c1, c2 := counter(), counter()
	fmt.Println(c1(), c1(), c1(), c2())
	add5 := adder(5)
	fmt.Println(add5(1), apply([]int{1, 2, 3}, add5))
	fmt.Println(apply([]int{1, 2, 3}, func(x int) int { return x * x }))
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(15))
	func() {
		fmt.Println("immediately invoked")
	}()
	result := func(a, b int) int { return a * b }(6, 7)
	fmt.Println(result)
}
