package main

import (
	"fmt"
	"strconv"
)

func main() {
	i := 65
	f := float64(i) / 2
	fmt.Println(f, int(f), int(-f))
	fmt.Println(string(rune(i)), strconv.Itoa(i), fmt.Sprint(i))
	var u uint8 = 200
	fmt.Println(int8(u), uint16(u)<<8, int(u)+100)
	big := 3.99e9
	fmt.Println(int64(big), uint32(big))
	s := "héllo"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(b), len(r), string(b[1:3]), string(r[1]))
	fmt.Println(string(b) == s, string(r) == s)
	var x interface{} = 3
	if n, ok := x.(int); ok {
		fmt.Println(float32(n) / 2)
	}
	type Celsius float64
	c := Celsius(37.5)
	fmt.Println(float64(c)+0.5, int(c))
	fmt.Println(float32(1)/3 == float32(1.0/3.0))
	ch := byte('a')
	fmt.Println(ch-32, string(rune(ch-32)))
}
