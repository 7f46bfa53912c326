package main

import "fmt"

type Point struct{ X, Y int }
type Rect struct{ Min, Max Point }

func main() {
	a := Rect{Point{0, 0}, Point{2, 3}}
	b := Rect{Max: Point{2, 3}}
	fmt.Println(a == b)
	b.Min.X = 1
	fmt.Println(a == b, a != b)
	set := map[Rect]int{a: 1}
	set[b] = 2
	set[Rect{Point{0, 0}, Point{2, 3}}] = 3
	fmt.Println(len(set), set[a])
	var i1, i2 interface{} = Point{1, 2}, Point{1, 2}
	fmt.Println(i1 == i2)
	var i3 interface{} = struct{ X, Y int }{1, 2}
	fmt.Println(i1 == i3)
	p1, p2 := &Point{1, 2}, &Point{1, 2}
	fmt.Println(p1 == p2, *p1 == *p2)
	arr1 := [2]Point{{1, 1}}
	arr2 := [2]Point{{1, 1}, {0, 0}}
	fmt.Println(arr1 == arr2)
}
