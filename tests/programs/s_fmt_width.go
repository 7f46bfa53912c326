package main

import "fmt"

func main() {
	fmt.Printf("[%5d]\n", 42)
	fmt.Printf("[%-5d]\n", 42)
	fmt.Printf("[%05d]\n", 42)
	fmt.Printf("[%05d]\n", -42)
	fmt.Printf("[%+05d]\n", 42)
	fmt.Printf("[%8.3f]\n", 3.14159)
	fmt.Printf("[%-8.2f]\n", 3.14159)
	fmt.Printf("[%08.3f]\n", -3.14159)
	fmt.Printf("[%10s]\n", "go")
	fmt.Printf("[%-10s]\n", "go")
	fmt.Printf("[%.2s]\n", "gopher")
	fmt.Printf("[%*d]\n", 6, 7)
	fmt.Printf("[%-*d]\n", 6, 7)
	fmt.Printf("[%6.2f%%]\n", 99.5)
	fmt.Printf("[%x]\n", 255)
	fmt.Printf("[%#08x]\n", 255)
	fmt.Printf("[%10v]\n", []int{1, 2})
	fmt.Printf("[%3c]\n", 'z')
	fmt.Printf("[%-4t]\n", true)
	fmt.Printf("[%6q]\n", "a")
}
