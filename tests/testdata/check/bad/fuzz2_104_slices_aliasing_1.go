package main

import "fmt"

func zeroFirst(s []int) {
	s[0] = 0
}

func appendOne(s []int) {
	s = append(s, 99)
	s[0] = -1
}

func main() {
	base := []int{1, 2, nil, 4, 5}
	a := base[1:3]
	a[0] = 20
	fmt.Println(base, a, len(a), cap(a))
	a = append(a, 30) // fits in capacity: overwrites base[3]
	fmt.Println(base, a)
	b := base[3:]
	b = append(b, 60, 70) // exceeds capacity: new array
	b[0] = 400
	fmt.Println(base, b)
	zeroFirst(base)
	fmt.Println(base)
	full := []int{1, 2, 3}
	appendOne(full) // len==cap: append reallocates inside the callee
	fmt.Println(full)
	roomy := make([]int, 3, 10)
	appendOne(roomy) // shares array, but caller's len stays 3
	fmt.Println(roomy, roomy[:4])
	x := []int{1, 2, 3, 4}
	y := x[:2]
	z := x[2:]
	y = append(y, 100)
	fmt.Println(x, y, z)
}
