package belajar_golang_goroutines

import (
	"fmt"
	"testing"
	"time"
)

func GiveMeResponse(channel chan string, delay time.Duration, data string) {
	time.Sleep(delay)
	channel <- data
}

// select waits on several channels at once and runs the case of whichever
// is ready first. Here channel1 answers after 100 ms, channel2 after 200 ms.
func TestSelectChannel(t *testing.T) {
	channel1 := make(chan string)
	channel2 := make(chan string)
	defer close(channel1)
	defer close(channel2)

	go GiveMeResponse(channel2, 200*time.Millisecond, "Kurniawan")
	go GiveMeResponse(channel1, 100*time.Millisecond, "Eko")

	counter := 0
	for {
		select {
		case data := <-channel1:
			fmt.Println("Data dari channel 1", data)
			counter++
		case data := <-channel2:
			fmt.Println("Data dari channel 2", data)
			counter++
		}

		if counter == 2 {
			break // leaves the for loop (a break inside a case would only leave the select)
		}
	}
}

// A nil channel is never ready, so its case is never chosen: a handy way
// to switch a case off once its channel is done.
func TestSelectNilChannel(t *testing.T) {
	numbers := make(chan int)
	words := make(chan string)

	go func() {
		for i := 1; i <= 3; i++ {
			numbers <- i
		}
		close(numbers)
	}()
	go func() {
		time.Sleep(100 * time.Millisecond) // after all numbers
		words <- "satu"
		words <- "dua"
		close(words)
	}()

	for numbers != nil || words != nil {
		select {
		case n, ok := <-numbers:
			if !ok {
				fmt.Println("numbers closed")
				numbers = nil
				continue
			}
			fmt.Println("number", n)
		case w, ok := <-words:
			if !ok {
				fmt.Println("words closed")
				words = nil
				continue
			}
			fmt.Println("word", w)
		}
	}
}
