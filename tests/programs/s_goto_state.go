package main

import "fmt"

func collatz(n int) int {
	steps := 0
start:
	if n == 1 {
		return steps
	}
	steps++
	if n%2 == 0 {
		n /= 2
		goto start
	}
	n = 3*n + 1
	goto start
}

func main() {
	for _, n := range []int{1, 6, 7, 27} {
		fmt.Println(n, collatz(n))
	}
	i := 0
	goto check
body:
	fmt.Println("body", i)
	i++
check:
	if i < 2 {
		goto body
	}
	fmt.Println("end")
}
