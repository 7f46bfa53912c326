package main

import "fmt"

func pair() (int, string) { return 7, "seven" }

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	s := []int{10, 20, 30}
	s[0], s[2] = s[2], s[0]
	fmt.Println(s)
	i := 0
	i, s[i] = 1, 99 // index evaluated before assignment
	fmt.Println(i, s)
	n, name := pair()
	fmt.Println(n, name)
	_, name2 := pair()
	fmt.Println(name2)
	x, y, z := 1, "two", 3.0
	fmt.Println(x, y, z)
	var p, q int = 5, 6
	fmt.Println(p * q)
	var (
		u    = 1
		v, w = nil, true
	)
	fmt.Println(u, v, w)
	fib := [10]int{}
	fib[0], fib[1] = 0, 1
	for k := 2; k < len(fib); k++ {
		fib[k] = fib[k-1] + fib[k-2]
	}
	fmt.Println(fib)
	m, o := 1, 1
	for k := 0; k < 5; k++ {
		m, o = o, m+o
	}
	fmt.Println(m, o)
}
