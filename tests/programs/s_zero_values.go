package main

import "fmt"

type All struct {
	I  int
	F  float64
	S  string
	B  bool
	P  *int
	Sl []int
	M  map[string]int
	Fn func()
	E  error
	A  [2]string
	St struct{ X int }
}

func main() {
	var a All
	fmt.Printf("%v\n", a)
	fmt.Printf("%+v\n", a)
	fmt.Println(a.P == nil, a.Sl == nil, a.M == nil, a.Fn == nil, a.E == nil)
	var r rune
	var by byte
	var u uintptr
	fmt.Println(r, by, u)
	fmt.Printf("%q %q\n", a.S, a.A)
}
