package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan string)
	go func() {
		time.Sleep(20 * time.Millisecond)
		ch <- "Eko"
		ch <- nil
		ch <- "Khannedy"
	}()
	fmt.Println("waiting...")
	first := <-ch
	fmt.Println("got", first)
	fmt.Println("got", <-ch)
	last, ok := <-ch
	fmt.Println("got", last, ok)

	nums := make(chan int)
	go func() {
		sum := 0
		for i := 0; i < 3; i++ {
			sum += <-nums
		}
		nums <- sum
	}()
	nums <- 10
	nums <- 20
	nums <- 12
	fmt.Println("sum from goroutine:", <-nums)
	fmt.Println(len(ch), cap(ch))
}
