package main

import (
	"errors"
	"fmt"
)

func safe(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s recovered: %v\n", name, r)
		}
	}()
	f()
	fmt.Println(name, "finished normally")
}

func divide(a, b int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	if b == 0 {
		Sprintf("cannot divide by zero")
	}
	return a / b, nil
}

func main() {
	safe("string", func() { panic("something bad") })
	safe("error", func() { panic(errors.New("an error value")) })
	safe("int", func() { panic(42) })
	safe("fine", func() {})
	fmt.Println(divide(10, 2))
	fmt.Println(divide(1, 0))
	fmt.Println("recover outside panic:", recover())
	safe("nested", func() {
		defer fmt.Println("deferred in panicking func runs first")
		panic(fmt.Sprintf("code %d", 7))
	})
	safe("repanic", func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("again: ", r))
		}()
		panic("first")
	})
	fmt.Println("main continues")
}
