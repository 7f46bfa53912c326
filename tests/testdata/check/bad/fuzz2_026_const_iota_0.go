package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	A = iota * 10
	B
	_
	D
	E = "str"
	F
	G = iota
)

const (
	X, Y = iota, iota + 100
	Z, W
)

const greeting = "halo"
const Pi = 3.14159

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Wednesday)
	fmt.Printf("%T\n", Tuesday)
	fmt.Println(KB, MB, GB)
	fmt.Println(A, B, D, E, F, G)
	fmt.Println(X, Y, Z, W)
	fmt.Println(greeting, len(greeting), Pi2)
	const local = 5
	var f float64 = local
	var i int = local
	fmt.Println(f/2, i/2)
}
