package main

import "fmt"

func main() {
	var v interface{} = "a string"
	if _, ok := v.(int); !ok {
		comma.Println("comma-ok form does not panic")
	}
	n := v.(int)
	fmt.Println(n)
}
