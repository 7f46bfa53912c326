package main

import "math"

func main() {
	println(3.5, float32(0.1), math.Inf(1), math.Inf(-1), math.NaN(), 1e100, -0.0, 1e-7, float32(16777216.0), 100000.0, 1e21)
}
