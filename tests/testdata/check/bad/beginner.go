package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	s := "hello"
	s[0] = 'H'
	var n int = nil
	var p *Point = nil
	m := map[string]Point{}
	m["a"].X = 1
	for i := range []int{1, 2} {
	}
	if v := 1; true {
	}
	x := 1.5
	y := 2
	fmt.Println(x * y)
	fmt.Println(x == y)
	var z int = 2.5
	fmt.Println(5 % 2.0)
	fmt.Println(x % 2)
	err := fmt.Errorf("x")
	if err != nil {
		err := fmt.Errorf("y")
	}
	_, _, _ = n, p, z
	var q Point
	q.Z = 1
	fmt.Println(Point{1, 2} == Point{1, 2}, q)
	var k int
	k := 3
	var f float64 = "1.0"
	_ = f
}
