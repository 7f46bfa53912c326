package main

import "fmt"

func f() {
	x := )
	fmt.Println(x)
	y := 2 +* 3
	fmt.Println(y)
}

var z = [3]int{1, 2 3}

func main() {
	if true {
		fmt.Println("a")
	} else
	{
		fmt.Println("b")
	}
	f()
}
