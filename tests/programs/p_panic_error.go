package main

import (
	"errors"
	"fmt"
)

var ErrClosed = errors.New("connection closed")

func main() {
	err := fmt.Errorf("read header: %w", ErrClosed)
	fmt.Println("about to panic")
	panic(err)
}
