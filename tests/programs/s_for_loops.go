package main

import "fmt"

func main() {
	sum := 0
	for i := 1; i <= 10; i++ {
		sum += i
	}
	fmt.Println(sum)
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println(n)
	count := 0
	for {
		count++
		if count == 5 {
			break
		}
	}
	fmt.Println(count)
	for i := 0; i < 10; i++ {
		if i%3 != 0 {
			continue
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i := range 4 {
		fmt.Print(i)
	}
	fmt.Println()
	for range 3 {
		fmt.Print("x")
	}
	fmt.Println()
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ",", j, " ")
	}
	fmt.Println()
	var k int
	for k = 0; k < 3; k++ {
	}
	fmt.Println(k)
}
