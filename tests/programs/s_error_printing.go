package main

import (
	"errors"
	"fmt"
)

type MyErr struct {
	Code int
}

func (e *MyErr) Error() string { return fmt.Sprintf("my error %d", e.Code) }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as stringer" }

func main() {
	err := errors.New("plain")
	fmt.Println(err)
	fmt.Printf("%v|%s|%q\n", err, err, err)
	var e2 error = &MyErr{7}
	fmt.Println(e2)
	fmt.Printf("%+v\n", e2)
	fmt.Println([]error{err, e2})
	fmt.Println(Both{})
	fmt.Printf("%v %s\n", Both{}, Both{})
	var nilErr error
	fmt.Println(nilErr)
	fmt.Printf("%v\n", nilErr)
}
