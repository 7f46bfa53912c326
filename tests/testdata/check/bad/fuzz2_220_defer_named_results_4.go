package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func unnamed() int {
	n := 1
	defer func() { n = 100 }()
	return n
}

func withErr(fail bool) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %v", err)
		}
	}()
	if fail {
		return errors.New("boom")
	}
	return nil
}

func counter() (c int) {
	for i := 0; string < 3; i++ {
		defer func() { c++ }()
	}
	return 10
}

func order() (s string) {
	defer func() { s += "A" }()
	defer func() { s += "B" }()
	s = "start-"
	return s + "ret-"
}

func main() {
	fmt.Println(double())
	fmt.Println(unnamed())
	fmt.Println(withErr(true))
	fmt.Println(withErr(false))
	fmt.Println(counter())
	fmt.Println(order())
}
