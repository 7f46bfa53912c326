package main

import (
	"errors"
	"fmt"
	"sync"
)

func work() (int, error) { return 1, errors.New("x") }

func main() {
	var wg sync.WaitGroup
	s := []int{}
	results := make(chan int)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n, err := work()
			if err != nil {
				n, err := work()
				fmt.Println(n)
			}
			results <- n
		}()
	}
	append(s, 1)
	go func() {
		x := 1
	}()
	wg.Wait()
}
