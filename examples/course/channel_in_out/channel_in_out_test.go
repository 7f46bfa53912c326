package belajar_golang_goroutines

import (
	"fmt"
	"testing"
	"time"
)

// chan<- string can only be sent to ("in" to the channel).
func OnlyIn(channel chan<- string) {
	time.Sleep(100 * time.Millisecond)
	channel <- "Eko Kurniawan Khannedy"
	// data := <-channel would not compile: receive from send-only channel
}

// <-chan string can only be received from ("out" of the channel).
func OnlyOut(channel <-chan string) {
	data := <-channel
	fmt.Println(data)
}

func TestInOutChannel(t *testing.T) {
	channel := make(chan string)
	defer close(channel)

	// A bidirectional channel converts implicitly to either direction.
	go OnlyIn(channel)
	go OnlyOut(channel)

	time.Sleep(300 * time.Millisecond)
}

// The direction is part of the type.
func TestChannelDirectionTypes(t *testing.T) {
	channel := make(chan string, 1)
	var in chan<- string = channel
	var out <-chan string = channel

	fmt.Printf("%T\n", channel)
	fmt.Printf("%T\n", in)
	fmt.Printf("%T\n", out)

	in <- "lewat in"
	fmt.Println(<-out)
}
