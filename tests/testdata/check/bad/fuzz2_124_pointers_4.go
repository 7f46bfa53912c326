package main

import "fmt"

type Counter struct{ N int }

func incr(p *int) { *p++ }

func bump(c *Counter) { c.N += 10 }

func newCounter(start int) *Counter {
	c := Counter{N: start}
	return &c // escaping local is fine
}

func main() {
	x := 5
	p := &x
	*p = 6
	incr(p)
	incr(&x)
	fmt.Println(x, *p, p == &x)
	q := new(int)
	fmt.Println(*q)
	*q = 42
	fmt.Println(*q)
	c := Counter{}
	bump(&c)
	cp := &c
	cp.N++
	fmt.Println(c.N)
	n1 := newCounter(1)
	n2 := newCounter(1)
	fmt.Println(n1 == n2, *n1 == *n2)
	var np *Counter
	fmt.Println(np == nil, np)
	pp := &p
	**pp = 100
	fmt.Println(x)
	arr := [3]int{1, 2, 3}
	ap := &arr
	ap[1] = 20
	fmt.Println(arr, len(ap))
	s := []int{1, 2, 3}
	e := &s[2]
	*e = 30
	fmt.Println(s)
	ps := new(Counter)
	ps.N = 3
	fmt.Println(*ps)
	sw := func(a, b *int) { a, *b = *b, *a }
	i, j := 1, 2
	sw(&i, &j)
	fmt.Println(i, j)
}
