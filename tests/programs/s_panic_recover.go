package main

import (
	"errors"
	"fmt"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: recovered %v (%T)\n", name, r, r)
	}()
	f()
}

func main() {
	try("string", func() { panic("oops") })
	try("int", func() { panic(42) })
	try("error", func() { panic(errors.New("an error")) })
	try("none", func() {})
	try("nested", func() {
		defer func() {
			panic("second")
		}()
		panic("first")
	})
	fmt.Println("main continues")
}
