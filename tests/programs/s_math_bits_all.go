package main

import (
	"fmt"
	"math/bits"
)

func main() {
	xs := []uint64{0, 1, 2, 3, 0x80, 0xff, 0x1234, 0xdeadbeef, 1 << 63, ^uint64(0)}
	for _, x := range xs {
		fmt.Println(bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x), bits.Len64(x),
			bits.LeadingZeros32(uint32(x)), bits.TrailingZeros16(uint16(x)), bits.Len8(uint8(x)), bits.OnesCount(uint(x)))
		fmt.Println(bits.Reverse64(x), bits.Reverse32(uint32(x)), bits.Reverse16(uint16(x)), bits.Reverse8(uint8(x)), bits.ReverseBytes64(x), bits.ReverseBytes32(uint32(x)), bits.ReverseBytes16(uint16(x)))
		fmt.Println(bits.RotateLeft64(x, 3), bits.RotateLeft64(x, -3), bits.RotateLeft32(uint32(x), 35), bits.RotateLeft8(uint8(x), -9), bits.RotateLeft16(uint16(x), 1))
		s, c := bits.Add64(x, xs[3], 1)
		d, b := bits.Sub64(x, xs[4], 1)
		h, l := bits.Mul64(x, 0xffff_ffff_ffff)
		s32, c32 := bits.Add32(uint32(x), 0xffffffff, 0)
		h32, l32 := bits.Mul32(uint32(x), 0x12345678)
		fmt.Println(s, c, d, b, h, l, s32, c32, h32, l32)
		if x > 0 {
			q, r := bits.Div64(x>>1, 12345, x)
			q32, r32 := bits.Div32(uint32(x)>>1, 99, uint32(x)|1)
			fmt.Println(q, r, q32, r32, bits.Rem64(x, 7, 5), bits.Rem32(uint32(x), 7, 3))
		}
	}
	fmt.Println(bits.UintSize)
	defer func() { fmt.Println(recover()) }()
	defer func() { fmt.Println(recover()); bits.Div64(5, 1, 5) }()
	bits.Div64(0, 1, 0)
}
