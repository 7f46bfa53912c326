package main

func main() {
	x := 1
	var x int
	a, b := 1, 2
	a, b := 3, 4
	_, _ = a, b
	_ = x
}
