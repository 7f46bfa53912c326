package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

const (
	x = "x"
	y
	z = iota
	w
)

type Flags uint

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Println(KB, MB, GB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(x, y, z, w)
	fmt.Println(FlagA, FlagB, FlagC, FlagA|FlagC)
	fmt.Printf("%T %T\n", Monday, KB)
	const local = iota
	fmt.Println(local)
}
