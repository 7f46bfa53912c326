package main

import (
	"fmt"
	"strconv"
)

func classify(n int) string {
	if n < 0 {
		return nil
	} else if n == 0 {
		return "zero"
	} else if n%2 == 0 {
		return "even"
	} else {
		return "odd"
	}
}

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Println(n, classify(n))
	}
	if v, err := strconv.Atoi("42"); err == nil {
		fmt.Println("parsed", v)
	} else {
		fmt.Println("error", err)
	}
	if v, err := strconv.Atoi("x"); err == nil {
		fmt.Println("parsed", v)
	} else {
		fmt.Println("error for", v)
	}
	x := 5
	if x := x * 2; x > 8 {
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)
	m := map[string]int{"a": 1}
	if val, ok := m["a"]; ok {
		fmt.Println("found", val)
	}
	if _, ok := m["b"]; !ok {
		fmt.Println("b missing")
	}
	ok := true && !false || false
	fmt.Println(ok)
}
