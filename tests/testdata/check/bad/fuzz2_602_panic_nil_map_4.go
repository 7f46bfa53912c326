package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println("reading a nil map is fine:", m["x"], len(m))
	m["x"] = nil
	fmt.Println("not reached")
}
