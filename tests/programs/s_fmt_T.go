package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

func main() {
	var sh Shape = Sq{2}
	values := []interface{}{
		1, int8(1), uint(1), 1.5, float32(1.5), "s", 'r', byte('b'), true,
		[]int{}, [3]string{}, map[string][]int{}, &Sq{}, sh, nil,
		errors.New("e"), func(int) string { return "" }, make(chan int),
		struct{ A int }{},
	}
	for _, v := range values {
		fmt.Printf("%T\n", v)
	}
}
