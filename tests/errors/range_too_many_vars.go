package main

import "fmt"

func main() {
	for i, v, w := range []int{1, 2} {
		fmt.Println(i, v, w)
	}
}
