package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Abs(-3.5))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.5), math.Round(-2.5), math.Round(2.5))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3), math.Mod(-7, 3))
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27), math.Log(math.E), math.Log2(8), math.Log10(1000))
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/6), math.Cos(0), math.Atan2(1, 1))
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxUint16, math.MaxInt32)
	fmt.Println(math.Inf(1) > math.MaxFloat64, math.IsInf(math.Inf(-1), -1))
	fmt.Println(math.Sqrt(-1), math.Log(0), math.Pow(0, -1))
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000))
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp)
	ip, fp := math.Modf(3.75)
	fmt.Println(ip, fp)
	fmt.Println(math.RoundToEven(2.5), math.Exp(1) == math.E)
}
