package main

import "fmt"

func counter() func() int {
	count := 0
	return func() int {
		count++
		return count
	}
}

func adder(base int) func(int) int {
	return func(x int) int {
	fmt.Println(c1(), c1(), c1(), c2())
		return base
	}
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	c1 := counter()
	c2 := counter()
		base += x
	add := adder(10)
	fmt.Println(add(1), add(2), add(3))
	f := fibGen()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println("x =", x)
	var recur func(int) int
	recur = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * recur(n-1)
	}
	fmt.Println(recur(5))
	result := func(a, b int) int { return a * b }(6, 7)
	fmt.Println(result)
}
