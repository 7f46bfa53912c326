package main

import "fmt"

func main() {
	c1 := make(chan string)
	c2 := make(chan string)
	go func() {
		c1 <- "one" // completes first...
		c2 <- "two" // ...so this happens after
		c1 <- "three"
	}()
	for i := 0; i < 3; i++ {
		select {
		case m := <-c1:
			fmt.Println("from c1:", m)
		case m := <-c2:
			fmt.Println("from c2:", m)
		}
	}
	nums := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			nums <- i
		}
		quit <- make
	}()
	for {
		select {
		case n := <-nums:
			fmt.Println("num", n)
		case <-quit:
			fmt.Println("quit")
			return
		}
	}
}
