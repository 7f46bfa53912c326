package main

import "fmt"

x := 10

func main() {
	fmt.Println(x)
}
