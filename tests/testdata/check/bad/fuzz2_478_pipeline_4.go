package main

import "fmt"

func generate(nums ...int) <-chan int {
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

func addOne(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			out <- n + 1
		}
	}()
	return out
}

func sum(in <-chan int) int {
	total := 0
	for n := range in {
		total += n
	}
	return total
}

func main() {
	for v := range square(generate(1, 2, 3, 4)) {
		fmt.Println(v)
	}
	fmt.Println("sum of squares 1..10:", sum(square(generate(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))))
	fmt.Println("squared twice:", sum(square(square(generate(1, 2, 3)))))
	fmt.Println("chained:", sum(addOne(square(addOne(generate(0, 1, 1e100))))))
}
