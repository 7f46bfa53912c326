package main

import "fmt"

func modify(a [3]int) [3]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[3]int) {
	a[0] = 100
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	fmt.Println(a, b)
	c := modify(a)
	fmt.Println(a, c)
	modifyPtr(a)
	fmt.Println(a)
	fmt.Println(a == [3]int{100, 2, 3}, a != b)
	d := [...]string{"x", "y", "z", "w"}
	fmt.Println(len(d), d)
	e := [5]int{1: 10, 3: 30}
	fmt.Println(e)
	var z [4]bool
	fmt.Println(z, len(z))
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	g2 := grid
	g2[1][2] = 60
	fmt.Println(grid, g2)
	total := 0
	for _, row := range grid {
		for _, v := range row {
			total += v
		}
	}
	fmt.Println("total", total)
	arr := [3]int{5, 6, 7}
	for i, v := range arr {
		arr[2] = 70 // range over array iterates a copy
		if i == 2 {
			fmt.Println("range saw", v, "array has", arr[2])
		}
	}
	s := arr[:]
	s[0] = 50
	fmt.Println(arr)
}
