package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Println(bits.OnesCount(255), bits.OnesCount64(1<<63|1))
	fmt.Println(bits.LeadingZeros32(1), bits.TrailingZeros(8), bits.Len(255))
	fmt.Println(bits.Reverse8(0b00010011), bits.RotateLeft8(0b10000001, 1))
	sum, carry := bits.Add64(1<<63, 1<<63, 0)
	fmt.Println(sum, carry)
	hi, lo := bits.Mul64(1<<40, 1<<40)
	fmt.Println(hi, lo)
	fmt.Println(bits.UintSize)
}
