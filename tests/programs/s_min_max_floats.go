package main

import (
	"fmt"
	"math"
)

func main() {
	nz := math.Copysign(0, -1)
	pz := 0.0
	nan := math.NaN()
	fmt.Println(min(pz, nz), min(nz, pz), max(pz, nz), max(nz, pz))
	fmt.Println(1/min(pz, nz), 1/max(nz, pz), 1/min(pz, pz), 1/max(nz, nz))
	fmt.Println(min(nan, 1), min(1, nan), max(nan, 1), max(1, 2, nan, 3), min(math.Inf(1), 2, math.Inf(-1)))
	var a, b float32 = 1.5, -2.25
	fmt.Println(min(a, b), max(a, b, 3))
	fmt.Println(min(5.0), max(nan))
	fmt.Println(min("", "a"), max("a", "ab", "b"), min("zz", "z"))
	type S string
	fmt.Println(min(S("x"), S("w")))
	var u1, u2 uint = 1, math.MaxUint
	fmt.Println(min(u1, u2), max(u1, u2))
}
