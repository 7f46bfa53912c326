package main

import (
	"fmt"
	"os"
)

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		fmt.Fprintln(os.Stderr, "error: giving up")
		os.Exit(4)
	}()
	r("fatal config error")
}
