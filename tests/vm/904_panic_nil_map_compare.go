package main

import "fmt"

func main() {
	defer fmt.Println("deferred runs")
	var a, b interface{} = []int{1}, []int{1}
	fmt.Println(a == b)
}
