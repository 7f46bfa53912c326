package belajar_golang_goroutines

import (
	"fmt"
	"testing"
	"time"
)

// A buffered channel stores up to cap values, so sending does not block
// until the buffer is full. len tells how many values are waiting.
func TestBufferedChannel(t *testing.T) {
	channel := make(chan string, 3)
	defer close(channel)

	fmt.Println("cap:", cap(channel), "len:", len(channel))

	channel <- "Eko"
	channel <- "Kurniawan"
	fmt.Println("after 2 sends, len:", len(channel))

	channel <- "Khannedy"
	fmt.Println("after 3 sends, len:", len(channel))

	// Values come out in the order they went in (FIFO).
	fmt.Println(<-channel)
	fmt.Println(<-channel)
	fmt.Println(<-channel)
	fmt.Println("after 3 receives, len:", len(channel))
}

// The sender only blocks when the buffer is full.
func TestBufferedChannelFull(t *testing.T) {
	channel := make(chan int, 2)

	go func() {
		for i := 1; i <= 4; i++ {
			channel <- i // the 3rd send waits until the receiver starts
		}
		close(channel)
	}()

	time.Sleep(100 * time.Millisecond)
	fmt.Println("buffer full, len:", len(channel))

	for value := range channel {
		fmt.Println("Menerima", value)
	}
	fmt.Println("Selesai")
}
