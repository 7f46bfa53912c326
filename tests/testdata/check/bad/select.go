package main

func main() {
	ch := make(chan int)
	select {
	case x := <-ch:
	case ch <- 1:
	case y, ok := <-ch:
		_ = ok
	default:
	}
}
