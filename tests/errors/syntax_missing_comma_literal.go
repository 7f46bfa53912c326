package main

import "fmt"

func main() {
	names := []string{
		"ann",
		"bob"
	}
	fmt.Println(names)
}
