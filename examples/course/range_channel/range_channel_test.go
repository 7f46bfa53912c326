package belajar_golang_goroutines

import (
	"fmt"
	"strconv"
	"testing"
)

// for range over a channel receives until the channel is closed.
// Forgetting close(channel) would make the loop wait forever.
func TestRangeChannel(t *testing.T) {
	channel := make(chan string)

	go func() {
		for i := 0; i < 10; i++ {
			channel <- "Perulangan ke " + strconv.Itoa(i)
		}
		close(channel)
	}()

	for data := range channel {
		fmt.Println("Menerima data", data)
	}

	fmt.Println("Selesai")
}

// After close, buffered values are still delivered; then every receive
// returns the zero value at once, and ok is false.
func TestReceiveFromClosedChannel(t *testing.T) {
	channel := make(chan int, 2)
	channel <- 10
	channel <- 20
	close(channel)

	value, ok := <-channel
	fmt.Println(value, ok)
	value, ok = <-channel
	fmt.Println(value, ok)
	value, ok = <-channel
	fmt.Println(value, ok)
}
