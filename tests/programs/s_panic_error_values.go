package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
}

func (v ValidationError) Error() string { return "invalid " + v.Field }

func validate(name string) {
	if name == "" {
		panic(ValidationError{"name"})
	}
	if len(name) > 5 {
		panic(fmt.Errorf("name %q too long", name))
	}
}

func check(name string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(error)
			if !ok {
				panic(r)
			}
			err = e
		}
	}()
	validate(name)
	return nil
}

func main() {
	for _, n := range []string{"bob", "", "alexander"} {
		err := check(n)
		var ve ValidationError
		fmt.Printf("%q -> %v (validation=%v)\n", n, err, errors.As(err, &ve))
	}
}
