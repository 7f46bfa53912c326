package main

import "fmt"

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n%2 == 0 {
		return "even"
	}
	return "odd"
}

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Println(n, classify(n))
	}
	if x := 10; x > 5 {
		fmt.Println("big", x)
	} else {
		fmt.Println("small", x)
	}
	m := map[string]int{"a": 1}
	if v, ok := m["a"]; ok {
		fmt.Println("found", v)
	}
	if v, ok := m["b"]; !ok {
		fmt.Println("missing", v)
	}
	a, b := true, false
	fmt.Println(a && b, a || b, !a, a != b)
}
