package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	ch <- "a"
	ch <- "b"
	fmt.Println(len(ch), cap(ch))
	ch <- "c"
	fmt.Println(<-ch, len(ch))
	done := make(chan bool)
	go func() {
		for i := 0; i < 5; i++ {
			ch <- fmt.Sprint("item", i)
		}
		close(ch)
		done <- true
	}()
	for s := range ch {
		fmt.Println(s)
	}
	<-done
	v, ok := <-ch
	fmt.Printf("%q %v\n", v, ok)
}
