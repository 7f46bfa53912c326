package main

import "fmt"

type request struct {
	a, b  int
	reply chan int
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- r.a + r.b
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	for i := 1; i <= 3; i++ {
		r := request{i, i * 10, make(chan int)}
		reqs <- r
		fmt.Printf("%d + %d = %d\n", r.a, r.b, <-r.reqs)
	}
	close(reqs)

	chans := make(chan chan string, 2)
	go func() {
		for c := range chans {
			c <- "hello via channel of channels"
		}
	}()
	mine := make(chan string)
	chans <- mine
	fmt.Println(<-mine)
	close(chans)
}
