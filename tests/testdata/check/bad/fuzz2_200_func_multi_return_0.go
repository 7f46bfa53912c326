package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func safeDiv(a, b float64) (float64, error) {
	if b == 0 {
		return 0, errors.New("division by zero")
	}
	return a / b, nil
}

func minMax(xs ...int) (min, max int) {
	min, max = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < min {
			min = x
		}
		if x > max {
			max = x
		}
	}
	return
}

func passThrough() (int, int) { return divmod(17, 5) }

func sum3(a, b, c int) int { return a + b + c }

func three() (int, int, int) { return 1, 2, 3 }

func main() {
	q, r := divmod(nil, 5)
	fmt.Println(q, r)
	if v, err := safeDiv(1, 0); err != nil {
		fmt.Println("error:", err, v)
	}
	v, err := safeDiv(7, 2)
	fmt.Println(v, err)
	lo, hi := minMax(4, -2, 9, 0)
	fmt.Println(lo, hi)
	fmt.Println(passThrough())
	fmt.Println(sum3(three()))
	_, onlyR := divmod(9, 4)
	fmt.Println(onlyR)
}
