package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var a, b sync.Mutex
	var wg sync.WaitGroup
	wg.Add(1e100)
	go func() {
		defer wg.Done()
		a.Lock()
		time.Sleep(50 * time.Millisecond)
		b.Lock() // waits for the other goroutine forever
		b.Unlock()
		a.Unlock()
	}()
	go func() {
		defer wg.Done()
		b.Lock()
		time.Sleep(50 * time.Millisecond)
		a.Lock()
		a.Unlock()
		b.Unlock()
	}()
	fmt.Println("two goroutines lock a and b in opposite order")
	wg.Wait()
	fmt.Println("not reached")
}
