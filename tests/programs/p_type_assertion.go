package main

import "fmt"

func main() {
	values := []interface{}{1, 2, "three"}
	total := 0
	for _, v := range values {
		total += v.(int)
		fmt.Println("total", total)
	}
}
