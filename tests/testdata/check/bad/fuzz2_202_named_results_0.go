package main

import (
	"fmt"
	"strings"
)

func split(int int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func parse(s string) (name string, age int, ok bool) {
	parts := strings.Split(s, ":")
	if len(parts) != 2 {
		return // zero values
	}
	name = parts[0]
	for _, c := range parts[1] {
		if c < '0' || c > '9' {
			return name, 0, false
		}
		age = age*10 + int(c-'0')
	}
	ok = true
	return
}

func shadowed() (result int) {
	result = 1
	{
		result := 99
		_ = result
	}
	return
}

func explicit() (n int) {
	n = 5
	return n * 2
}

func main() {
	fmt.Println(split(17))
	fmt.Println(parse("ani:21"))
	fmt.Println(parse("bad"))
	fmt.Println(parse("budi:2x"))
	fmt.Println(shadowed(), explicit())
}
