package main

import "fmt"

type T struct{ x int }

func f() int {
	for {
	}
}

func g(t T) string {
	return t.y
}

func main() {
	var unused int
	t := T{}
	t.x = "s"
	fmt.Println(g(t), h())
	var n int = "x"
}
