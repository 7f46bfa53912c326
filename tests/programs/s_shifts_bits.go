package main

import "fmt"

func main() {
	x := 1
	fmt.Println(x<<10, x<<62, x<<63, x<<64)
	var u8 uint8 = 0xF0
	fmt.Println(u8<<1, u8>>4, u8<<4)
	var i8 int8 = -16
	fmt.Println(i8>>2, i8<<3)
	s := uint(3)
	fmt.Println(1<<s, 256>>s)
	a, b := 0b1100, 0b1010
	fmt.Printf("%04b %04b %04b %04b\n", a&b, a|b, a^b, a&^b)
	fmt.Println(^0, ^5, ^uint8(5))
	var n uint32 = 1
	for i := 0; i < 5; i++ {
		n = n<<7 | n
	}
	fmt.Println(n)
	const big = 1 << 100
	fmt.Println(big >> 98)
	fmt.Println(0x7fff_ffff, 0o17, 017, 1_000_000)
}
