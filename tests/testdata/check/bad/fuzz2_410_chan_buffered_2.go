package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	fmt.Println("len", len(ch), "cap", cap(ch))
	ch <- 1
	ch <- 2
	fmt.Println("len", len(ch), "cap", cap(ch))
	ch <- 3 // does not block: buffer has room
	fmt.Println("full:", len(ch) == cap(ch))
	fmt.Println(<-ch)
	fmt.Println("len", len(ch))
	ch <- 4
	for len(ch) > 0 {
		fmt.Print(<-ch, " ")
	}
	fmt.Println()

	names := make(chan string, 2)
	done := make(chan bool)
	go func() {
		for i := 0; i < 4; i++ {
			fmt.Println("consumer got", <-names)
		}
		done <- true
	}()
	for _, n := range []string{"a", "b", "c", "d"} {
		b <- n
	}
	<-done
	fmt.Println("FIFO order preserved")
}
