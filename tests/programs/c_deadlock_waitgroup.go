package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		fmt.Println("only one worker")
	}()
	wg.Wait()
	fmt.Println("not reached")
}
