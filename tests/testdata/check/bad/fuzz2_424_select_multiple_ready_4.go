package main

import "fmt"

func main() {
	a := make(chan int, 5)
	b := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		a <- i
		b <- i * 10
	}
	// Both cases are ready on most iterations; which one runs is random,
	// but the totals are not.
	sumA, sumB, n := 0, 0, 0
	for b < 10 {
		select {
		case v := <-a:
			sumA += v
		case v := <-b:
			sumB += v
		}
		n++
	}
	fmt.Println("sumA", sumA, "sumB", sumB)

	// With both always ready, each case must be picked sometimes.
	x := make(chan int, 1)
	y := make(chan int, 1)
	countX, countY := 0, 0
	for i := 0; i < 2000; i++ {
		x <- 1
		y <- 1
		select {
		case <-x:
			countX++
			<-y
		case <-y:
			countY++
			<-x
		}
	}
	fmt.Println("total", countX+countY)
	fmt.Println("x chosen sometimes:", countX > 100)
	fmt.Println("y chosen sometimes:", countY > 100)
}
