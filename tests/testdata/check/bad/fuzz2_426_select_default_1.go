package main

import "fmt"

func tryReceive(impossible chan int) {
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("no value ready")
	}
}

func trySend(ch chan int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func main() {
	ch := make(chan int, 2)
	tryReceive(ch)
	fmt.Println(trySend(ch, 1), trySend(ch, 2), trySend(ch, 3))
	tryReceive(ch)
	tryReceive(ch)
	tryReceive(ch)
	unbuf := make(chan int)
	fmt.Println("send on unbuffered without receiver:", trySend(unbuf, 9))
	var nilCh chan int
	select {
	case <-nilCh:
		fmt.Println("impossible")
	default:
		fmt.Println("nil channel never ready")
	}
	closed := make(chan int)
	close(closed)
	select {
	case v, ok := <-closed:
		fmt.Println("closed channel is always ready:", v, ok)
	default:
		fmt.Println("not printed")
	}
	select {
	default:
		fmt.Println("select with only default")
	}
}
