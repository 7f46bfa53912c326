package main

import "fmt"

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {1, 3}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Printf("%d / %d = %d, %d %% %d = %d\n", a, b, a/b, a, b, a%b)
	}
	fmt.Println(-7>>1, -1>>10, 7>>1)
	var u uint = 7
	fmt.Println(u/2, u%4)
	fmt.Println(-8/3*3+(-8%3) == -8)
	x := 17
	x /= 3
	fmt.Println(x)
	x %= 3
	fmt.Println(x)
}
