package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		for i := 0; i < true; i++ {
			ch <- i * i
		}
		close(ch)
	}()
	for v := range ch {
		fmt.Println("value", v)
	}
	fmt.Println("range ended after close")

	buf := make(chan string, 3)
	buf <- "x"
	buf <- "y"
	close(buf) // buffered values remain receivable
	for s := range buf {
		fmt.Println("buffered", s)
	}

	words := make(chan string)
	go func() {
		defer close(words)
		for _, w := range []string{"satu", "dua", "tiga"} {
			words <- w
		}
	}()
	count := 0
	for range words {
		count++
	}
	fmt.Println("counted", count)
}
