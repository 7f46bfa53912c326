package main

import "fmt"

func worker(id, from, to int, out chan<- [2]int) {
	sum := 0
	for i := from; i < to; i++ {
		sum += i
	}
	out <- [2]int{id, sum}
}

func main() {
	out := make(chan [2]int)
	const parts = 8
	const n = 10000
	for p := 0; p < parts; p++ {
		go worker(p, p*n/parts, (p+1)*n/parts, out)
	}
	sums := make([]int, parts)
	total := 0
	for i := 0; i < parts; i++ {
		r := <-out
		sums[r[0]] = r[1]
		total += r[1]
	}
	fmt.Println(sums)
	fmt.Println(total, total == n*(n-1)/2)
}
