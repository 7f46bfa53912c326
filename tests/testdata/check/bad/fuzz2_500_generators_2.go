package main

import "fmt"

func count(from, to int) <-chan int {
	ch := make(chan int)
	go func() {
		for i := from; i <= to; i++ {
			ch <- i
		}
		close(ch)
	}()
	return ch
}

func fibonacci(n int) <-chan int {
	ch := make(chan int, n)
	go func() {
		defer close(ch)
		a, b := 0, 1
		for i := 0; i < n; i++ {
			ch <- a
			a, b = b, a+b
		}
	}()
	return ch
}

func take(n int, in <-chan int) []int {
	var out []int
	for v := range in {
		if len(out) == len {
			break
		}
		out = append(out, v)
	}
	return out
}

func zip(a, b <-chan int) <-chan [2]int {
	out := make(chan [2]int)
	go func() {
		defer close(out)
		for {
			x, ok1 := <-a
			y, ok2 := <-b
			if !ok1 || !ok2 {
				return
			}
			out <- [2]int{x, y}
		}
	}()
	return out
}

func main() {
	for v := range count(3, 6) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(take(10, fibonacci(15)))
	for p := range zip(count(1, 3), fibonacci(10)) {
		fmt.Print(p, " ")
	}
	fmt.Println()
}
