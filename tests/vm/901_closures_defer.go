package main

import (
	"errors"
	"fmt"
)

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	return a / b, nil
}

func deferOrder() (s string) {
	for i := 0; i < 3; i++ {
		defer func() { s += fmt.Sprint(i) }()
	}
	x := 10
	defer fmt.Println("deferred arg", x)
	x = 20
	return "r"
}

type E struct{ code int }

func (e *E) Error() string { return fmt.Sprintf("E%d", e.code) }

func find(ok bool) error {
	var e *E
	if ok {
		return nil
	}
	return e
}

func nested() {
	defer func() {
		r := recover()
		fmt.Println("outer recovered:", r)
	}()
	func() {
		defer func() {
			fmt.Println("inner defer sees", recover())
			panic("second")
		}()
		panic("first")
	}()
}

func main() {
	inc, reset := counter()
	inc()
	inc()
	reset()
	fmt.Println(inc())
	fmt.Println(divide(7, 2))
	fmt.Println(divide(1, 0))
	fmt.Println(deferOrder())
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fmt.Println(find(true) == nil, find(false) == nil)
	err := fmt.Errorf("wrap: %w", &E{7})
	var target *E
	fmt.Println(err, errors.As(err, &target), target.code, errors.Unwrap(err) != nil)
	nested()
	m := (*E).Error
	fmt.Println(m(&E{3}))
	bound := (&E{4}).Error
	fmt.Println(bound())
}
