package belajar_golang_goroutines

import (
	"fmt"
	"testing"
	"time"
)

func GiveMeResponse(channel chan string, delay time.Duration) {
	time.Sleep(delay)
	channel <- "Eko Kurniawan Khannedy"
}

// With a default case, select never blocks: when no channel is ready the
// default case runs at once. Here we count how often we had to wait
// (the exact number depends on the machine, so we only print whether we
// waited at all).
func TestDefaultSelect(t *testing.T) {
	channel1 := make(chan string)
	channel2 := make(chan string)
	defer close(channel1)
	defer close(channel2)

	go GiveMeResponse(channel1, 100*time.Millisecond)
	go GiveMeResponse(channel2, 200*time.Millisecond)

	counter := 0
	waiting := 0
	for counter < 2 {
		select {
		case data := <-channel1:
			fmt.Println("Data dari channel 1", data)
			counter++
		case data := <-channel2:
			fmt.Println("Data dari channel 2", data)
			counter++
		default:
			// Busy waiting: this loop spins while the goroutines sleep.
			// The Go runtime still lets them run (it preempts this loop).
			waiting++
		}
	}
	fmt.Println("Sempat menunggu:", waiting > 0)
}

// default is also the way to try a send or receive without blocking.
func TestTrySend(t *testing.T) {
	channel := make(chan int, 1)

	for i := 1; i <= 3; i++ {
		select {
		case channel <- i:
			fmt.Println("terkirim", i)
		default:
			fmt.Println("channel penuh, buang", i)
		}
	}

	select {
	case value := <-channel:
		fmt.Println("diterima", value)
	default:
		fmt.Println("kosong")
	}
	select {
	case value := <-channel:
		fmt.Println("diterima", value)
	default:
		fmt.Println("kosong")
	}
}
