package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(5), max(2.5, 1))
	fmt.Println(min("b", "a", "c"), max("apple", "banana"))
	x, y := 10, -4
	fmt.Println(min(x, y), max(x, y, 0))
	fmt.Println(min(1.5, math.NaN()), max(math.Inf(-1), 0))
	var f float64 = min(1, 2.5)
	fmt.Println(f)
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s, len(s))
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(m, len(m))
	const c = min(4, 9) * 2
	fmt.Println(c)
}
