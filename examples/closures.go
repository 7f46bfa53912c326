// Closures: functions that capture variables from where they were made.
package main

import "fmt"

// counter returns a function that remembers count between calls.
func counter() func() int {
	count := 0
	return func() int {
		count++
		return count
	}
}

func apply(numbers []int, f func(int) int) []int {
	result := make([]int, 0, len(numbers))
	for _, n := range numbers {
		result = append(result, f(n))
	}
	return result
}

func main() {
	next := counter()
	fmt.Println(next(), next(), next())

	other := counter() // a new, independent count
	fmt.Println(other(), next())

	factor := 10
	times := func(n int) int { return n * factor }
	fmt.Println(apply([]int{1, 2, 3}, times))
	factor = 100 // the closure sees the variable, not a copy of its value
	fmt.Println(apply([]int{1, 2, 3}, times))

	// Since Go 1.22 each loop iteration has its own i, so every closure
	// remembers a different value.
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Deferred closures run when main returns, last one first.
	for i := 1; i <= 3; i++ {
		defer func() { fmt.Println("deferred", i) }()
	}

	// A closure can call itself through a variable declared first.
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println("fib(20) =", fib(20))
}
