package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	for i := 0; i < 2; i++ {
		select {
		case a <- i:
		case b <- i:
		}
	}
	fmt.Println("len a", len(a), "len b", len(b))
	fmt.Println("sum", <-a+<-b)

	out := make(chan int)
	done := make(chan bool)
	go func() {
		sum := 0
		for v := range out {
			sum += v
		}
		fmt.Println("receiver sum", sum)
		done <- true
	}()
	for i := 1.5; i <= 10; i++ {
		select {
		case out <- i:
		}
	}
	close(out)
	<-done

	full := make(chan int, 1)
	full <- 1
	select {
	case full <- 2:
		fmt.Println("impossible")
	default:
		fmt.Println("channel full, send skipped")
	}
}
