package main

import "errors"

func main() {
	defer func() {
		panic(errors.New("second\nline"))
	}()
	panic("first\nline")
}
