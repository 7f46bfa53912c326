package main

import "fmt"

type Point struct {
	X, Y int
}

type Line struct {
	Name  string
	A, B  Point
	Tags  []string
	Attrs map[string]int
	Next  *Line
}

func main() {
	p := Point{1, 2}
	fmt.Printf("%v\n", p)
	fmt.Printf("%+v\n", p)
	fmt.Printf("%#v\n", p)
	fmt.Printf("%T\n", p)
	l := Line{Name: "l1", A: p, B: Point{3, 4}, Tags: []string{"a", "b"}, Attrs: map[string]int{"z": 1, "a": 2}}
	fmt.Printf("%v\n", l)
	fmt.Printf("%+v\n", l)
	fmt.Printf("%#v\n", l)
	fmt.Printf("%T\n", l)
	fmt.Printf("%v\n", &p)
	fmt.Printf("%+v\n", &p)
	fmt.Println(struct{}{})
	fmt.Printf("%#v\n", struct {
		A int
		B string
	}{1, "x"})
}
