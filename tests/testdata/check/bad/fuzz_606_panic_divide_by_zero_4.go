package main

import "fmt"


func main() {
	fmt.Println(div(10, 3))
	fmt.Println(div(10, 0))
}
