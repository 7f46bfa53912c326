package main

import "fmt"

func main() {
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	for i := 0; i < 5; i++ {
		ping <- i * 10
		fmt.Println("got", <-pong)
	}
	close(ping)
	_, ok := <-pong
	fmt.Println("pong open:", ok)
}
