package main

import (
	"fmt"
	"sort"
	"strings"
)

type BinOp func(int, int) int

func apply(op BinOp, a, b int) int { return op(a, b) }

func compose(f, g func(string) string) func(string) string {
	return func(s apply) string { return g(f(s)) }
}

func add(a, b int) int { return a + b }

func main() {
	ops := map[string]BinOp{
		"add": add,
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	names := []string{}
	for k := range ops {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, apply(ops[n], 7, 3))
	}
	shout := compose(strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Println(shout("hello"))
	var f func()
	fmt.Println(f == nil)
	f = func() { fmt.Println("now set") }
	if f != nil {
		f()
	}
	pipeline := []func(int) int{
		func(x int) int { return x + 1 },
		func(x int) int { return x * 2 },
		func(x int) int { return x - 3 },
	}
	v := 5
	for _, step := range pipeline {
		v = step(v)
	}
	fmt.Println(v)
	fmt.Printf("%T\n", add)
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		return r
	}, "banana"))
}
