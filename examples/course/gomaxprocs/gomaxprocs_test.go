package belajar_golang_goroutines

import (
	"fmt"
	"runtime"
	"sync"
	"testing"
)

// The runtime package tells how many CPUs the machine has, how many
// threads may run Go code at once (GOMAXPROCS), and how many goroutines
// exist. These numbers differ from machine to machine, so we print only
// what holds everywhere.
func TestGetGomaxprocs(t *testing.T) {
	totalCpu := runtime.NumCPU()
	fmt.Println("Total CPU > 0:", totalCpu > 0)

	totalThread := runtime.GOMAXPROCS(-1) // a value < 1 only reads it
	fmt.Println("Total Thread > 0:", totalThread > 0)

	totalGoroutine := runtime.NumGoroutine()
	fmt.Println("Total Goroutine > 0:", totalGoroutine > 0)
}

// GOMAXPROCS(n) sets the value and returns the previous one.
func TestChangeThreadNumber(t *testing.T) {
	previous := runtime.GOMAXPROCS(20)
	fmt.Println("Total Thread", runtime.GOMAXPROCS(-1))

	runtime.GOMAXPROCS(previous) // put it back for the other tests
	fmt.Println("restored:", runtime.GOMAXPROCS(-1) == previous)
}

// Every running or blocked goroutine is counted by NumGoroutine.
func TestNumGoroutine(t *testing.T) {
	before := runtime.NumGoroutine()

	var started sync.WaitGroup
	var finished sync.WaitGroup
	block := make(chan bool)
	for i := 0; i < 10; i++ {
		started.Add(1)
		finished.Add(1)
		go func() {
			defer finished.Done()
			started.Done()
			<-block // wait here until the channel is closed
		}()
	}

	started.Wait()
	fmt.Println("extra goroutines:", runtime.NumGoroutine()-before)

	close(block) // releases all of them at once
	finished.Wait()
}
