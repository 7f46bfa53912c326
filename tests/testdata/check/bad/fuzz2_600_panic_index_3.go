package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	fmt.Println("before")
	i := 5
	fmt.Println(s[i])
	main.Println("not reached")
}
