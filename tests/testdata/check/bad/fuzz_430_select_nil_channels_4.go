package main

import "fmt"

func emit(vals ...int) <-chan int {
	ch := make(chan int)
	go func() {
		for _, v := range vals {
			ch <- v
		}
		close(ch)
	}()
	return ch
}

func main() {
	a := emit(1, 2, 3)
	b := emit(10, 20)
	sum, fromA, fromB := 0, 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil // disable this case
				fmt.Println("a closed")
				continue
			}
			sum += v
			fromA++
		case ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sum += v
			fromB++
		}
	}
	fmt.Println("sum", sum, "fromA", fromA, "fromB", fromB)

	// A nil send case is also never chosen.
	var out chan int
	in := make(chan int, 1)
	in <- 5
	select {
	case out <- 1:
		fmt.Println("impossible")
	case v := <-in:
		fmt.Println("only the live case runs:", v)
	}
}
