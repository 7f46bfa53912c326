package main

import "fmt"

func mustPositive(n int) int {
	if n <= 0 {
		panic(fmt.Sprintf("mustPositive: got %d", n))
	}
	return n
}

func main() {
	fmt.Println(mustPositive(5))
	fmt.Println(mustPositive(-2))
}
