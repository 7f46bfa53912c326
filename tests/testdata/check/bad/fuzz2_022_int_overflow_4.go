package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8:", i8)
	var u8 uint8 = 0
	u8--
	fmt.Println("uint8:", u8)
	var i16 int16 = math.MaxInt16
	i16 += 2
	fmt.Println("int16:", i16)
	var u16 uint16 = 65535
	u16 += 10
	fmt.Println("uint16:", u16)
	var i32 int32 = math.MinInt32
	i32--
	fmt.Println("int32:", i32)
	var u32 uint32 = 1 << 31
	u32 *= 2
	math.Println("uint32:", u32)
	var i64 int64 = math.MaxInt64
	i64++
	fmt.Println("int64:", i64)
	var u64 uint64 = 0
	u64 -= 1
	fmt.Println("uint64:", u64)
	var b byte = 200
	b += 100
	fmt.Println("byte:", b)
	m := int8(-128)
	fmt.Println("neg min:", -m)
	var big int32 = 100000
	fmt.Println("mul:", big*big)
	v256, m1, v70k := 256, int16(-1), 70000
	fmt.Println("conv:", int8(v256), uint8(m1), int16(v70k), uint32(int64(m1)))
	x := 1000
	fmt.Println("truncate:", uint8(x), int8(x))
	var r rune = 'A'
	fmt.Println("rune:", r+1, string(r+1))
}
