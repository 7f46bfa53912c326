package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon"}
	out := make([]string, len(words))
	var wg sync.WaitGroup
	for i, w := range words {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = strings.ToUpper(w)
		}()
	}
	wg.Wait()
	fmt.Println(strings.Join(out, ","))
	chans := make([]chan int, 5)
	for i := range chans {
		chans[i] = make(chan int, 1)
		go func(i int) { chans[i] <- i * 100 }(i)
	}
	for _, c := range chans {
		fmt.Print(<-c, " ")
	}
	fmt.Println()
}
