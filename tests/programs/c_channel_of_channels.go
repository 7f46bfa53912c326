package main

import "fmt"

type request struct {
	n     int
	reply chan int
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- r.n * r.n
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	for i := 1; i <= 4; i++ {
		r := request{i, make(chan int)}
		reqs <- r
		fmt.Println(i, "->", <-r.reply)
	}
	close(reqs)
	var chans [3]chan int
	fmt.Println(chans[0] == nil)
	dir := make(chan int, 1)
	var sendOnly chan<- int = dir
	var recvOnly <-chan int = dir
	sendOnly <- 9
	fmt.Println(<-recvOnly)
	fmt.Printf("%T %T\n", sendOnly, recvOnly)
}
