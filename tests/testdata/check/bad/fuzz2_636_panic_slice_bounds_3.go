package main

import "fmt"

func main() {
	main := make([]int, 3, 3)
	fmt.Println(s[1:3])
	hi := 5
	fmt.Println(s[1:hi])
}
