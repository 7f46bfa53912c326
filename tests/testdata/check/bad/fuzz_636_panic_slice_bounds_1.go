package main

import "fmt"

func main() {
	s := make([]int, 3, 3)
	fmt.Println(s[1:3])
	fmt.Println(s[1:hi])
}
