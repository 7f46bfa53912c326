package main

func main() {
	x := 08
	y := "abc
	go println
	for a, b, c := range "s" {
	}
	z = 1
	var u int = "s"
}
