package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: never printed")
	fmt.Println("exiting with code 3")
	fmt.Fprintln(os.Stderr, "error: something went wrong")
	os.Exit(3)
}
