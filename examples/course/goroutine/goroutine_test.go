package belajar_golang_goroutines

import (
	"fmt"
	"sync"
	"testing"
	"time"
)

func RunHelloWorld() {
	// pretend to do some work first
	time.Sleep(50 * time.Millisecond)
	fmt.Println("Hello World")
}

// A goroutine is started with the `go` keyword. The caller does not wait
// for it: "Ups" is printed first, while RunHelloWorld is still sleeping.
func TestCreateGoroutine(t *testing.T) {
	go RunHelloWorld()
	fmt.Println("Ups")

	// The test must not end before the goroutine prints, so we wait.
	// (Sleeping is the simple way; WaitGroup below is the right way.)
	time.Sleep(200 * time.Millisecond)
}

func DisplayNumber(number int, results []int) {
	results[number] = number * 2
}

// Goroutines are cheap: starting thousands of them is fine.
// Each goroutine writes only its own slot of the slice, so there is no race.
func TestManyGoroutine(t *testing.T) {
	results := make([]int, 10000)
	var group sync.WaitGroup

	for i := 0; i < 10000; i++ {
		group.Add(1)
		go func() {
			defer group.Done()
			DisplayNumber(i, results) // since Go 1.22 every iteration has its own i
		}()
	}
	group.Wait()

	total := 0
	for _, result := range results {
		total += result
	}
	fmt.Println("First:", results[0], "Last:", results[9999])
	fmt.Println("Total:", total)
}
