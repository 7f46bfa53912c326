package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("this deferred call never runs")
	fmt.Println("before exit")
	if len(os.Args) > 0 {
		os.Exit(0)
	}
	fmt.Println("not reached")
}
