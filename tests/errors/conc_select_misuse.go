package main

import "time"

func wait(ch chan int, done chan bool) int {
	select {
	case v := <-ch:
		return v
	case <-done:
		return 0
	case time.Sleep(time.Second):
	}
}

func first(ch chan int) int {
	for {
		select {
		case v := <-ch:
			return v
		default:
		}
	}
}

func main() {
	ch := make(chan int)
	wait(ch, nil)
	first(ch)
}
