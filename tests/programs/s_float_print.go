package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(0.1+0.2, 1.0, 2.5, 100.0, -0.5)
	fmt.Println(1e20, 1e21, 1e-4, 1e-5, 123456789012.0)
	fmt.Println(math.Pi, math.E, math.Sqrt2)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(float32(math.MaxFloat32), float32(0.1), float32(16777217))
	negZero := math.Copysign(0, -1)
	fmt.Println(negZero, 0.0, 1/negZero, math.Signbit(negZero))
	fmt.Println(math.NaN(), math.Inf(1), math.Inf(-1))
	fmt.Printf("%v %f %.2f %e\n", math.Inf(1), math.Inf(-1), math.NaN(), math.Inf(1))
	fmt.Printf("%5.1f|%-6v|%+v\n", math.NaN(), math.Inf(1), math.Inf(1))
	nan := math.NaN()
	fmt.Println(nan == nan, nan != nan, nan < 1, math.IsNaN(nan))
	fmt.Println(3/2.0, 7.0/2, float64(7)/2, float64(7/2))
	var f32 float32 = 1.1
	fmt.Println(f32*f32, float64(f32))
	fmt.Println(1e100, 5e-324)
}
