package main

import (
	"fmt"
	"math"
)

const Huge = 1 << 100
const Third = 1.0 / 3
const Big = Huge >> 99

func main() {
	fmt.Println(Big, Huge/(1<<98))
	fmt.Println(Third)
	var f32 float32 = Third
	fmt.Println(f32)
	const n = 10
	var d Duration = n * 2
	fmt.Println(d)
	fmt.Println(7/2, 7/2.0, 7.0/2)
	var x float64 = 7 / 2
	fmt.Println(x)
	const c = 'a' + 1
	fmt.Println(c, string(rune(c)))
	fmt.Printf("%T %T %T\n", 1, 1.0, 'a')
	fmt.Println(math.MaxInt64, uint64(math.MaxUint64))
	const s = "con" + "cat"
	fmt.Println(s, len(s))
	const t = len("héllo")
	fmt.Println(t)
	var b byte = 255
	fmt.Println(b)
}

type Duration int
