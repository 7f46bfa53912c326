package main

import "fmt"

type Miles float64
type Km float64
type UserID int
type Set map[string]bool
type Matrix [2][2]int

func (s Set) Add(k string) { s[k] = true }

func (m Matrix) Mul(o Matrix) Matrix {
	var r Matrix
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r
}

func main() {
	m := Miles(10)
	k := Km(m * 1.609)
	fmt.Println(m, k)
	fmt.Printf("%T %T %.2f\n", m, k, float64(k))
	id := UserID(7)
	id++
	fmt.Println(id, int(id)*2)
	s := Set{}
	s.Add("x")
	s.Add("y")
	fmt.Println(len(s), s["x"], s["z"])
	fib := Matrix{{1, 1}, {1, 0}}
	r := fib
	for i := 0; i < 9; i++ {
		r = r.Mul(fib)
	}
	fmt.Println(r, r[0][1])
	type Local struct{ V int }
	fmt.Printf("%T %+v\n", Local{1}, Local{2})
	type Alias = int
	var a Alias = 5
	fmt.Printf("%T\n", a)
}
