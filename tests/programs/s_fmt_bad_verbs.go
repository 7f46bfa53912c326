package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "str")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%z\n", 3)
	fmt.Printf("100%\n")
	fmt.Printf("%!\n")
	fmt.Printf("%t\n", 1)
	s := fmt.Sprintf("%v|%v", nil, []int(nil))
	fmt.Println(s)
}
