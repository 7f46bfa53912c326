package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func filter(in <-chan int, pred func(int) bool) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			if pred(n) {
				out <- n
			}
		}
	}()
	return out
}

func main() {
	odd := func(n int) bool { return n%2 == 1 }
	for v := range filter(square(gen(1, 2, 3, 4, 5, 6, 7)), odd) {
		fmt.Println(v)
	}
	total := 0
	for v := range square(square(gen(1, 2, 3))) {
		total += v
	}
	fmt.Println("total", total)
}
