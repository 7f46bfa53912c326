package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println("reading a nil map is fine:", m["x"], len(m))
	m[42] = 1
	fmt.Println("not reached")
}
