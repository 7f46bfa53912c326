package main

import (
	"fmt"
	"strings"
)

type Op func(int, int) int

type Handler func(string) string

func (h Handler) Twice(s string) string { return h(h(s)) }

func compose(f, g func(string) string) func(string) string {
	return func(s string) string { return g(f(s)) }
}

func main() {
	ops := map[string]Op{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	for _, name := range []string{"add", "sub", "mul"} {
		fmt.Println(name, ops[name](7, 3))
	}
	var h Handler = strings.ToUpper
	fmt.Println(h("go"))
	ex := Handler(func(s string) string { return s + "!" })
	fmt.Println(ex.Twice("hi"))
	shout := compose(strings.TrimSpace, strings.ToUpper)
	fmt.Println(shout("  quiet  "))
	var nothing func()
	fmt.Println(nothing == nil)
	fmt.Printf("%T\n", ops["add"])
}
