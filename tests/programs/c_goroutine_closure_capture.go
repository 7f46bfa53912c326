package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	ch := make(chan string, 6)
	for _, name := range []string{"c", "a", "b"} {
		wg.Add(2)
		go func() {
			defer wg.Done()
			ch <- "closure:" + name
		}()
		go func(n string) {
			defer wg.Done()
			ch <- "arg:" + n
		}(name)
	}
	wg.Wait()
	close(ch)
	var got []string
	for s := range ch {
		got = append(got, s)
	}
	sort.Strings(got)
	fmt.Println(got)
}
