package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(1e21)
	fmt.Println(1e20)
	fmt.Println(123456789.0)
	fmt.Println(3.0)
	fmt.Println(2.5)
	fmt.Println(0.000001)
	fmt.Println(0.0000001)
	// constant arithmetic is exact
	fmt.Println(0.1 + 0.2)
	a, b := 0.1, 0.2
	fmt.Println(a + b)
	fmt.Println(a+b == 0.3)
	fmt.Println(float32(0.1))
	fmt.Println(float64(float32(0.1)))
	fmt.Println(1.0 / 3.0)
	fmt.Println(float32(1.0) / 3)
	fmt.Println(100.0 * 1.1)
	x := 10.0
	fmt.Println(x / 4)
	fmt.Println(b.Sqrt(2))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN())
	zero := 0.0
	fmt.Println(1/zero, -1/zero)
	fmt.Println(math.MaxInt64, math.Pi)
	fmt.Println(math.Floor(-2.5), math.Ceil(2.1), math.Abs(-3.2))
	fmt.Println(float64(7)/2, 7/2, 7.0/2)
	f1, f2 := 3.99, -3.99
	fmt.Println(int(f1), int(f2))
	fmt.Printf("%v %g %.3e\n", 1e6, 1e6, 1234.5678)
}
