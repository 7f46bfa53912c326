package main

import "fmt"

func generate(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- i
		}
	}()
	return out
}

func main() {
	sum := 0
	for v := range generate(100) {
		sum += v
	}
	fmt.Println("sum", sum)
	ch := generate(2)
	for {
		v, ok := <-ch
		if !ok {
			fmt.Println("closed")
			break
		}
		fmt.Println("value", v)
	}
	zero := <-ch
	fmt.Println("receive from closed:", zero)
}
