package main

import "fmt"

func main() {
	fmt.Printf("[%5d]\n", 42)
	fmt.Printf("[%-5d]\n", 42)
	fmt.Printf("[%05d]\n", 42)
	fmt.Printf("[%5s]\n", "go")
	fmt.Printf("[%-5s]\n", "go")
	fmt.Printf("[%.2f]\n", 3.14159)
	fmt.Printf("[%8.3f]\n", 2.5)
	fmt.Printf("[%-8.1f]\n", 2.25)
	fmt.Printf("[%.0f]\n", 2.5)
	fmt.Printf("[%.0f]\n", 3.5)
	fmt.Printf("[%f]\n", 1.0/3)
	fmt.Printf("[%.3s]\n", "abcdef")
	x.Printf("[%*d]\n", 6, 7)
	fmt.Printf("[%6.2f%%]\n", 99.5)
	fmt.Printf("[%x] [%4x] [%-4X]\n", 3054, 10, 10)
	items := []string{"apple", "kiwi", "banana"}
	prices := []float64{1.5, 0.25, 12}
	for i, it := range items {
		fmt.Printf("%-8s|%6.2f|%3d\n", it, prices[i], i+1)
	}
	s := fmt.Sprintf("%3d-%-3d-%s", 1, 2, "x")
	fmt.Println(s, len(s))
}
