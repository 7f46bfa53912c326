package main

import "fmt"

func main() {
	count := 0
	name := "gopher"
	fmt.Println(name)
}
