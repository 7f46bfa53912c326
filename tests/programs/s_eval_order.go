package main

import "fmt"

var g = 1

func incg() int { g++; return g }

type P struct{ X int }

func main() {
	v := 1
	set := func(n int) int { v = n; return n }
	fmt.Println(v, set(5), v, set(7))
	fmt.Println(g, incg(), g+10, incg())
	p := &P{1}
	bump := func() int { p.X += 10; return p.X }
	fmt.Println(p.X, bump(), *p, bump())
	s := []int{1, 2}
	mod := func() int { s[0] = 100; return 0 }
	fmt.Println(s[0], mod(), s)
	m := map[string]int{"a": 1}
	mm := func() int { m["a"] = 2; return 0 }
	fmt.Println(m["a"], mm())
	st := P{1}
	ps := &st
	chg := func() int { ps.X = 42; return 0 }
	fmt.Println(st, chg(), st.X)
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	x := 0
	setx := func() int { x = 9; return x }
	fmt.Println(x, <-ch, setx(), <-ch, x)
	println(v, set(11), v)
	w := 3
	fmt.Println(w, func() int { return 4 }(), w)
	a := 1
	f2 := func() int { a = 2; return a }
	fmt.Println(a > 0 && f2() > 0, a)
	fmt.Printf("%d %d\n", a, set(20)+v)
}
