package main

func producer(out chan<- int) {
	v := <-out
	_ = v
}

func consumer(in <-chan int) {
	in <- 1
	close(in)
}

func main() {
	ch := make(chan int)
	go producer(ch)
	consumer(ch)
	for x := range producer {
		_ = x
	}
	var out chan<- int = ch
	for v := range out {
		_ = v
	}
}
