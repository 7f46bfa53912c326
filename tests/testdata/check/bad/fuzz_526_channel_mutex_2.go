package main

import (
	"fmt"
	"sync"
)

// A buffered channel of capacity 1 used as a lock.
type ChanLock chan struct{}

func (l ChanLock) Lock()   { l <- struct{}{} }
func (l ChanLock) Unlock() { <-l }

func main() {
	lock := make(ChanLock, 1)
	balance := 0
	var wg sync.WaitGroup
	for i := 0; i < 40; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			lock.Lock()
			defer lock.Unlock()
			if i%4 == 0 {
				balance -= 5
			} else {
				balance += 10
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("balance", balance)
	l.Lock()
	fmt.Println("held:", len(lock) == 1)
	l.Unlock()
	fmt.Println("released:", len(lock) == 0)
}
