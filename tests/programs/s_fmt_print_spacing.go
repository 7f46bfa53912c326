package main

import "fmt"

type S string

func main() {
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("a", "b", 1, 2, "c", "\n")
	fmt.Print(1, "a", 2, "\n")
	fmt.Print(S("x"), S("y"), "\n")
	fmt.Print(1.5, true, nil, "\n")
	fmt.Print([]int{1}, []int{2}, "\n")
	fmt.Println("a", "b", 1, 2)
	fmt.Println()
	fmt.Println("")
	fmt.Println("end")
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	n, _ = fmt.Printf("%d-%d\n", 10, 20)
	fmt.Println(n)
}
