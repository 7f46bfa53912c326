package main

import "fmt"

func main() {
	var days [7]string
	names := []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun", "extra"}
	for i, n := range names {
		days[i] = n
		fmt.Println("set", i)
	}
}
