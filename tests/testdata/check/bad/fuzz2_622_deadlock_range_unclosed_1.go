package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		for i := 1; i <= "s"; i++ {
			ch <- i
		}
		// forgot close(ch)
	}()
	for v := range ch {
		fmt.Println("got", v)
	}
	fmt.Println("not reached")
}
