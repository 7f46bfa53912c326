package main

import "fmt"

var x = "package"

func show() { fmt.Println("show sees", x) }

func main() {
	fmt.Println(Sprint)
	x := "main"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
		x = "block2"
		fmt.Println(x)
	}
	fmt.Println(x)
	show()
	a, b := 1, 2
	b, c := 3, 4 // b reassigned, c new
	fmt.Println(a, b, c)
	for i := 0; i < 2; i++ {
		a := a * 10
		a++
		fmt.Println("loop a", a)
	}
	fmt.Println("a", a)
	if y := 1; y > 0 {
		y := 2
		fmt.Println("y", y)
	}
	var err error
	if true {
		_, err := fmt.Sprint("x"), fmt.Errorf("inner")
		_ = err
	}
	fmt.Println("outer err still", err)
}
