package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5, 6}
	a := [4]int(s[1:])
	a[0] = 99
	fmt.Println(a, s, len(a))
	p := (*[2]int)(s[2:])
	p[0] = 100
	fmt.Println(s, len(p), *p, p[1])
	for i, v := range p {
		fmt.Println(i, v)
	}
	q := (*[0]int)(s)
	fmt.Println(q != nil, len(q))
	var ns []int
	q = (*[0]int)(ns)
	fmt.Println(q == nil)
	b := [0]int(ns)
	fmt.Println(b)
	e := p[:]
	fmt.Println(len(e), cap(e))
	defer func() { fmt.Println(recover()) }()
	_ = (*[7]int)(s)
}
