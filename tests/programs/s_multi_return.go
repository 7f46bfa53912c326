package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func parse(s string) (n int, err error) {
	if s == "" {
		err = errors.New("empty input")
		return
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("bad digit %q", c)
		}
		n = n*10 + int(c-'0')
	}
	return
}

func pair() (string, bool) { return "x", true }

func takesTwo(a int, b int) int { return a * b }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	fmt.Println(takesTwo(divmod(9, 4)))
	for _, s := range []string{"123", "", "12x"} {
		n, err := parse(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println("ok:", n)
	}
	_, ok := pair()
	fmt.Println(ok)
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	xs := []int{1, 2, 3}
	i := 0
	i, xs[i] = 1, 9
	fmt.Println(i, xs)
}
