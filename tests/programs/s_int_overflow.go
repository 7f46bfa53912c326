package main

import (
	"fmt"
	"math"
)

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	var b uint8 = 0
	b--
	fmt.Println(b)
	var c int16 = math.MaxInt16
	c += 10
	fmt.Println(c)
	var d uint32 = math.MaxUint32
	d *= 3
	fmt.Println(d)
	var e int64 = math.MaxInt64
	e++
	fmt.Println(e, e == math.MinInt64)
	var f int32 = math.MinInt32
	f = -f
	fmt.Println(f)
	var g uint64 = 1 << 63
	g *= 2
	fmt.Println(g)
	var h int8 = -128
	fmt.Println(h/-1, h*-1)
	x := 300
	fmt.Println(uint8(x), int8(x), uint16(-1*x))
	big := int64(1) << 40
	fmt.Println(int32(big), int32(big+5), uint8(big+255))
	fl := 7.9
	fmt.Println(int(-fl), int(fl), uint8(int(fl+250)))
}
