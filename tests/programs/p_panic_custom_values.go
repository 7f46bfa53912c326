package main

import "math"

type F float64
type S string
type I int

func main() {
	defer func() { panic(I(3)) }()
	defer func() { recover(); panic(S("a\nb")) }()
	panic(F(math.Inf(1)))
}
