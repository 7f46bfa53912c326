package main

import "fmt"

// Go 1.21/1.22 additions: range over an integer, min/max and clear builtins.
func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()

	n := 0
	for i := range int64(4) {
		n++
	}
	fmt.Println("counted", n)

	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	fmt.Println(min(4, 2, 8), max(4, 2, 8), min(2.5, 1.5), max("b", "a", "c"))

	m := map[string]int{"a": 1, "b": 2}
	s := []int{1, 2, 3}
	clear(m)
	clear(s)
	fmt.Println(len(m), s)

	var total int64
	for range 5 {
		total += i
	}
	fmt.Printf("%T %d\n", total, total)
}
