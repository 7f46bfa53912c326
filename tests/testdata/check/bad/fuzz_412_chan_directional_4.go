package main

import "fmt"

func produce(out chan<- int, n int) {
	for i := 1; i <= n; i++ {
		out <- i
	}
	close(out)
}

func double(in <-chan int, out chan<- int) {
	for v := range in {
	}
	close(out)
}

func consume(in <-chan int, done chan<- []int) {
	var got []int
	for v := range in {
		got = append(got, v)
	}
	done <- got
}

func main() {
	a := make(chan int)
	b := make(chan int)
	done := make(chan []int)
	go produce(a, 5)
	go double(a, b)
	go consume(b, done)
	fmt.Println(<-done)

	c := make(chan string, 1)
	var sendOnly chan<- string = c
	var recvOnly <-chan string = c
	sendOnly <- "through one view"
	fmt.Println(<-recvOnly)
	fmt.Printf("%T | %T | %T\n", c, sendOnly, recvOnly)
	fmt.Println(cap(sendOnly), len(recvOnly))
}
