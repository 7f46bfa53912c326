package main

import (
	"fmt"
	"os"
)

func main() {
	a := 1
	var b string = 2
	c := undefinedThing
	fmt.Println(b + 1)
	d, e := 1
}
