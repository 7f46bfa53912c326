package main

import "fmt"

const (
	Pi      = 3.14159265358979323846264338327950288419716939937510582097494459
	TwoPi   = 2 * Pi
	Big     = 1 << 62
	Bigger  = Big * 4
	Back    = Bigger / 8
	Ratio   = 2.5 * 2
	Letters = 'z' - 'a' + 1
)

const typed int32 = 1 << 30

func main() {
	fmt.Println(Pi, TwoPi)
	fmt.Println(Back)
	var i int = Ratio
	fmt.Println(i, Letters)
	fmt.Printf("%T %v\n", typed, typed-1+typed)
	var f float32 = Pi
	fmt.Println(f)
	const x = 10 / 4
	const y = 10 / 4.0
	fmt.Println(x, y)
	const s = "abc"
	fmt.Println(s[1], len(s)*2)
	fmt.Println(1<<10-1, 5&^3, -7/2, -7%2)
	const huge = 1e300 * 1e300 / 1e300
	fmt.Println(huge)
}
