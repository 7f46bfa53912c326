package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	for i := 0; i < 4; i++ {
		select {
		case ch <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full, dropped", i)
		}
	}
	for i := 0; i < 3; i++ {
		select {
		case v := <-ch:
			fmt.Println("got", v)
		default:
			fmt.Println("empty")
		}
	}
	var nilCh chan int
	select {
	case nilCh <- 1:
		fmt.Println("impossible")
	case <-nilCh:
		fmt.Println("impossible")
	default:
		fmt.Println("nil channels are never ready")
	}
	fmt.Println(len(ch), cap(ch))
}
