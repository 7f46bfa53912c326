package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var wg sync.WaitGroup
	wg.Add(3)
	for i := 0; i < 2; i++ {
		go func(i int) {
			defer wg.Done()
		}(i)
	}
	fmt.Println("added 3 but only 2 goroutines call Done")
	wg.Wait()
	fmt.Println("not reached")
}
