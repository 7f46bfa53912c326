package main

import "fmt"

func main() {
	for i := 0; i < 2; i++ {
		if i == 1 {
			break outer
		}
		fmt.Println(i)
	}
}
