package main

import "fmt"

var x = "package"

func show() { fmt.Println("show:", x) }

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
	}
	fmt.Println(x)
	if x := 1; x > 0 {
		fmt.Println("if", x)
	}
	for x := 0; x < 1; x++ {
		fmt.Println("for", x)
	}
	show()
	err := fmt.Errorf("outer")
	if true {
		_, err := fmt.Println("inner print")
		_ = err
	}
	fmt.Println(err)
	a, b := 1, 2
	b, c := 3, 4
	fmt.Println(a, b, c)
	len := 3
	fmt.Println(len)
}
