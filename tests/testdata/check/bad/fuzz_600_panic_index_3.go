package main

import "fmt"

func main() {
	fmt.Println("before")
	i := 5
	fmt.Println(s[i])
	fmt.Println("not reached")
}
