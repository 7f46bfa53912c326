package main

import "fmt"

func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func caps(n int) []int {
	var s []int
	var cs []int
	prev := -1
	for i := 0; i < n; i++ {
		s = append(s, i)
		if cap(s) != prev {
			cs = append(cs, cap(s))
			prev = cap(s)
		}
	}
	return cs
}

func printed() {
	var s []int
	for i := 0; i < 3; i++ {
		s = append(s, i)
	}
	fmt.Println(s, cap(s))
}

func two() {
	var a, b []int
	a = append(a, 1)
	b = append(b, 1)
	a = append(a, 2)
	fmt.Println(cap(a), cap(b))
}

func sites() {
	var a []int
	a = append(a, 1)
	a = a[:0]
	a = nil
	a = append(a, 1)
	fmt.Println(cap(a))
}

func main() {
	for _, n := range []int{1, 3, 5, 9} {
		s := build(n)
		fmt.Println(n, len(s), cap(s))
	}
	fmt.Println(caps(20))
	printed()
	two()
	sites()
	var bs []byte
	bs = append(bs, "hello"...)
	fmt.Println(cap(bs))
	var ss []string
	ss = append(ss, "a")
	fmt.Println(cap(ss))
	var big [][3]int64
	big = append(big, [3]int64{})
	fmt.Println(cap(big))
}
