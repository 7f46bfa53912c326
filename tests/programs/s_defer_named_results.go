package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	n = 5
	return n + 1
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func withCleanup() (err error) {
	defer func() {
		if err != nil {
			err = errors.New("wrapped: " + err.Error())
		}
	}()
	return errors.New("boom")
}

func unnamed() int {
	x := 1
	defer func() { x = 100 }()
	return x
}

func main() {
	fmt.Println(double())
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(withCleanup())
	fmt.Println(unnamed())
}
