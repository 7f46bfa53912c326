package main

import "fmt"

const Big = 1 << 100
const Small = Big >> 98

const typedInt int64 = 42
const untypedFloat = 2.5

type Level uint8

const Max Level = 255

func main() {
	fmt.Println(Small)
	fmt.Println(Big / (1 << 97))
	var f float32 = untypedFloat
	var d float64 = untypedFloat
	fmt.Println(f, d)
	fmt.Printf("%T %T\n", typedInt, untypedFloat)
	fmt.Printf(42, Max, Max)
	x := 10
	y := x * untypedFloat2()
	fmt.Println(y)
	const h = 'a' + 1
	fmt.Println(h, string(rune(h)))
	fmt.Printf("%T\n", h)
	const c = 7 / 2
	const cf = 7 / 2.0
	fmt.Println(c, cf)
	var r float64 = 1 / 3
	fmt.Println(r)
	var r2 float64 = 1 / 3.0
	fmt.Println(r2)
	fmt.Println(Big > 1e29, float64(Big))
}

func untypedFloat2() int { return 2 }
