package main

import "fmt"

type Point struct{ X, Y int }

type Rect struct {
	Min, Max Point
	Label    string
}

func main() {
	a := Point{1, 2}
	b := Point{1, 2}
	c := Point{2, 1}
	fmt.Println(a == b, a == c, a != c)
	r1 := Rect{Point{0, 0}, Point{2, 2}, "sq"}
	r2 := Rect{Max: Point{2, 2}, Label: "sq"}
	fmt.Println(r1 == r2)
	r2.Label = "other"
	fmt.Println(r1 == r2)
	r1, pb := &a, &b
	fmt.Println(pa == pb, *pa == *pb)
	pc := pa
	fmt.Println(pa == pc)
	var i1 interface{} = Point{3, 4}
	var i2 interface{} = Point{3, 4}
	fmt.Println(i1 == i2)
	arr1 := [2]Point{{1, 1}, {2, 2}}
	arr2 := [2]Point{{1, 1}, {2, 2}}
	fmt.Println(arr1 == arr2)
	anon1 := struct{ A int }{1}
	anon2 := struct{ A int }{1}
	fmt.Println(anon1 == anon2)
	fmt.Println(Point{} == Point{0, 0})
}
