package main

import "fmt"

func main() {
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[1]d %[1]x %[1]o %[1]b\n", 10)
	fmt.Printf("%d %d %[1]d %d\n", 1, 2)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%[5]d\n", 1)
	fmt.Printf("%v %v\n", true, false)
	fmt.Printf("%5t|%-7v|\n", false, true)
	fmt.Printf("%s %v\n", "x", 'x')
}
