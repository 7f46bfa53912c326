package main

import "fmt"

func main() {
	base := make([]int, 3, 10)
	a := append(base, 1)
	b := append(base, 2)
	fmt.Println(a[3], b[3])
	full := []int{1, 2, 3}
	c := append(full, 4)
	d := append(full, 5)
	fmt.Println(c, d)
	c[0] = 100
	fmt.Println(full[0], d[0])
	s := []int{0, 1, 2, 3, 4, 5}
	t := s[1:3]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 99)
	fmt.Println(s)
	u := s[2:4:4]
	fmt.Println(u, len(u), cap(u))
	u = append(u, 77)
	u[0] = -1
	fmt.Println(s, u)
	e := s[:0]
	fmt.Println(len(e), cap(e), e == nil)
	fmt.Println(s[len(s):], s[:])
}
