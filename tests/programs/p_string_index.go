package main

import "fmt"

func main() {
	s := "héllo"
	for i := 0; i < 10; i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
}
