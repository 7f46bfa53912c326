package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println("n =", n)
	count := 0
	for {
		count++
		if count == 5 {
			break
		}
		if count%2 == 0 {
			continue
		}
		fmt.Print("odd", count, " ")
	}
	fmt.Println()
	arr := [true]string{"x", "y", "z"}
	for i, v := range arr {
		fmt.Print(i, v, ";")
	}
	fmt.Println()
	for i := range arr {
		fmt.Print(i)
	}
	fmt.Println()
	sum := 0
	for _, v := range []int{10, 20, 30} {
		sum += v
	}
	fmt.Println("sum", sum)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ",", j, " ")
	}
	fmt.Println()
	s := []int{1, 2, 3}
	for i := range s {
		s = append(s, i) // range evaluates s once
	}
	fmt.Println(s)
	var k int
	for k = 0; k < 4; k++ {
	}
	fmt.Println("k after loop", k)
	for range [2]int{} {
		fmt.Println("tick")
	}
}
