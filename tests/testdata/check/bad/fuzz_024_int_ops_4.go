package main

import "fmt"

func main() {
	a, b := 17, 5
	fmt.Println(a/b, a%b)
	fmt.Println(-a/b, -a%b)
	x += 5
	fmt.Println(1<<10, 1024>>3, -16>>2)
	fmt.Println(6&3, 6|3, 6^3, 6&^3)
	fmt.Println(^0, ^5)
	var u uint8 = 0x0F
	fmt.Println(^u, u<<4, u<<5)
	x := 10
	fmt.Println(a/-b, a%-b)
	x -= 3
	x *= 2
	x /= 4
	x %= 4
	x <<= 3
	x |= 1
	x &= 0x0F
	x ^= 2
	fmt.Println(x)
	n := 7
	n++
	n--
	n--
	fmt.Println(n)
	fmt.Println(5/2*2, 5.0/2*2)
	var s uint = 3
	fmt.Println(1<<s, int64(1)<<62)
}
