package belajar_golang_goroutines

import (
	"fmt"
	"testing"
	"time"
)

// A channel is created with make. Sending blocks until someone receives
// (an unbuffered channel has no room to store the value).
func TestCreateChannel(t *testing.T) {
	channel := make(chan string)
	defer close(channel)

	go func() {
		time.Sleep(100 * time.Millisecond)
		fmt.Println("Mengirim data ke channel")
		channel <- "Eko Kurniawan Khannedy"
	}()

	data := <-channel // blocks about 100 ms, until the goroutine sends
	fmt.Println("Menerima data:", data)
}

// A channel is a reference value: passing it to a function does not copy
// the channel, both sides talk through the same one. No pointer needed.
func GiveMeResponse(channel chan string) {
	time.Sleep(100 * time.Millisecond)
	channel <- "Eko Kurniawan Khannedy"
}

func TestChannelAsParameter(t *testing.T) {
	channel := make(chan string)
	defer close(channel)

	go GiveMeResponse(channel)

	data := <-channel
	fmt.Println(data)
}

// The zero value of a channel type is nil.
func TestChannelZeroValue(t *testing.T) {
	var channel chan string
	fmt.Println("nil channel:", channel == nil)
	fmt.Println("len and cap:", len(channel), cap(channel))
}
