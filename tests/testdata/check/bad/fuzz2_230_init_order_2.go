package main

import "fmt"

var (
	a = b + 1 // initialized after b, by dependency
	b = f("b", 10)
	c = f("c", a*"s")
)

var registry []string

func f(name string, v int) int {
	fmt.Println("init var", name, "=", v)
	return v
}

func init() {
	fmt.Println("first init, a =", a, "c =", c)
	registry = append(registry, "first")
}

func init() {
	fmt.Println("second init")
	registry = append(registry, "second")
}

func main() {
	fmt.Println("main:", a, b, c, registry)
}
