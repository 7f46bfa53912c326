package main

import "fmt"

// Go 1.22+ semantics: each iteration of a for loop has its own copy of the
// loop variable, so closures created in the loop body see different values.
func main() {
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var words []func() string
	for _, w := range []string{"a", "b", "c"} {
		words = append(words, func() string { return w })
	}
	for _, f := range words {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] == ptrs[2])

	// the classic fix: copy the variable inside the body
	var fixed []func() int
	for i := 0; i < 3; i++ {
		i := i
		fixed = append(fixed, func() int { return i })
	}
	for _, f := range fixed {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// or pass it as an argument
	var viaArg []func() int
	for i := 0; i < 3; i++ {
		viaArg = append(viaArg, func(n int) func() int {
			return func() int { return n * 10 }
		}(i))
	}
	for _, f := range viaArg {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// a closure modifying the loop variable affects the loop
	for i := 0; i < 10; i++ {
		skip := func() { i += 3 }
		fmt.Print(i, " ")
		skip()
	}
	fmt.Println()
}
