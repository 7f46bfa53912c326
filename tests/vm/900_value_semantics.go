package main

import "fmt"

type P struct{ X, Y int }
type Box struct {
	P    P
	Arr  [3]int
	Tags []string
}

func mutate(p P) P { p.X = 100; return p }
func (p *P) Move(dx int) { p.X += dx }
func (p P) Sum() int   { return p.X + p.Y }

func main() {
	a := P{1, 2}
	b := a
	b.X = 9
	fmt.Println(a, b, mutate(a), a)
	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[0] = 42
	s := arr[:]
	s[1] = 7
	fmt.Println(arr, arr2, s)
	bx := Box{P: P{1, 1}, Tags: []string{"a"}}
	cp := bx
	cp.P.X = 5
	cp.Arr[0] = 5
	cp.Tags[0] = "shared"
	fmt.Println(bx, cp)
	pp := &bx.P
	bx.P = P{8, 8}
	fmt.Println(*pp, pp.Sum())
	pp.Move(2)
	fmt.Println(bx.P)
	ps := []P{{1, 1}, {2, 2}}
	for _, p := range ps {
		p.X = 99
	}
	for i := range ps {
		ps[i].Y = 50
	}
	q := &ps[0]
	q.Move(10)
	fmt.Println(ps)
	m := map[string]P{"a": {1, 2}}
	v := m["a"]
	v.X = 77
	fmt.Println(m, v)
	var c P
	c.Move(3)
	fmt.Println(c, c == P{3, 0}, a != b)
	x := 5
	px := &x
	*px = 6
	fmt.Println(x, *px == x)
	grid := [2][2]int{}
	g2 := grid
	g2[1][1] = 4
	fmt.Println(grid, g2)
}
