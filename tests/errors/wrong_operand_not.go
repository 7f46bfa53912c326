package main

import "fmt"

func main() {
	s := "text"
	fmt.Println(!s)
}
