package main

import "fmt"

func double(a [3]int) [3]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doublePtr(a *[3]int) {
	for i := range a {
		a[i] *= 2
	}
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	fmt.Println(a, b)
	c := double(a)
	fmt.Println(a, c)
	doublePtr(&a)
	fmt.Println(a)
	fmt.Println(a == [3]int{2, 4, 6}, a != c)
	d := [...]string{2: "two", 0: "zero"}
	fmt.Println(len(d), d)
	fmt.Printf("%q\n", d)
	var grid [2][3]int
	grid[1][2] = 5
	g2 := grid
	g2[0][0] = 1
	fmt.Println(grid, g2)
	s := a[:]
	s[0] = -1
	fmt.Println(a, len(s), cap(s))
	type pair struct{ arr [2]int }
	p1 := pair{[2]int{1, 2}}
	p2 := p1
	p2.arr[0] = 9
	fmt.Println(p1, p2)
}
