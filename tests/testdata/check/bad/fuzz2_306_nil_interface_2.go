package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Msg string }

func (e *MyErr) Error() string { return "myerr: " + e.Msg }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p // typed nil when !fail: the interface is NOT nil
}

func correct(fail bool) error {
	if fail {
		return MyErr{"failed"}
	}
	return nil
}

type Speaker interface{ Speak() string }

type Dog struct{}

func (d *Dog) Speak() string {
	if d == nil {
		return "nil dog speaks"
	}
	return "woof"
}

func main() {
	var e error
	fmt.Println(e == nil, e)
	err := mayFail(false)
	fmt.Println(err == nil)
	fmt.Printf("%T\n", err)
	fmt.Println(correct(false) == nil, correct(true))
	var d *Dog
	var s Speaker = d
	fmt.Println(d == nil, s == nil, s.Speak())
	s = nil
	fmt.Println(s == nil)
	var x interface{}
	fmt.Println(x == nil)
	x = (*int)(nil)
	fmt.Println(x == nil, x)
	var target *MyErr
	fmt.Println(errors.As(correct(true), &target), target.Msg)
}
