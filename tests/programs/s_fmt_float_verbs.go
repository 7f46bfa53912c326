package main

import "fmt"

func main() {
	x := 1234.5678
	fmt.Printf("%f %.2f %.0f\n", x, x, x)
	fmt.Printf("%e %E %.3e\n", x, x, x)
	fmt.Printf("%g %G %.3g\n", x, x, x)
	fmt.Printf("%g %g %g\n", 1e6, 1e21, 1e-7)
	fmt.Printf("%v %v\n", 100000000.0, 0.000001)
	fmt.Printf("%.1f %.1f %.1f %.1f\n", 0.25, 0.35, 2.5, -0.05)
	fmt.Printf("%.0f %.0f %.0f\n", 0.5, 1.5, 2.5)
	fmt.Printf("%+.2f % .2f\n", 3.0, 3.0)
	fmt.Printf("%8.2e|\n", 123456.0)
	fmt.Printf("%#g %#v\n", 1.0, 2.0)
	fmt.Printf("%v %v\n", float32(0.1), 0.1)
	fmt.Printf("%.3v\n", 3.14159)
	fmt.Printf("%x\n", 1.0)
	fmt.Printf("%b\n", 1.0)
}
