package main

import (
	"errors"
	"fmt"
)

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p
}

func correct(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil)
	fmt.Printf("%T %v\n", err, err)
	err = correct(false)
	fmt.Println(err == nil)
	var p *MyErr
	var e error = p
	fmt.Println(p == nil, e == nil, e != nil)
	var target *MyErr
	fmt.Println(errors.As(mayFail(true), &target), target != nil)
	var i interface{}
	var ip *int
	fmt.Println(i == nil)
	i = ip
	fmt.Println(i == nil, i)
	i = nil
	fmt.Println(i == nil)
}
