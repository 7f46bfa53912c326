package main

import "fmt"

func main() {
	ch := reached(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			ch <- i
		}
		// forgot close(ch)
	}()
	for v := range ch {
		fmt.Println("got", v)
	}
	fmt.Println("not reached")
}
