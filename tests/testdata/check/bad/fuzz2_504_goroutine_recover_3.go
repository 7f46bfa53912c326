package main

import (
	"fmt"
	"sort"
	"sync"
)

func safeGo(wg *sync.WaitGroup, errs chan<- string, id int, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				errs <- fmt.Sprintf("goroutine %d recovered: %v", id, m)
			}
		}()
		f()
	}()
}

func main() {
	var wg sync.WaitGroup
	errs := make(chan string, 10)
	safeGo(&wg, errs, 1, func() { panic("boom") })
	safeGo(&wg, errs, 2, func() {})
	safeGo(&wg, errs, 3, func() {
		var m map[int]int
		m[1] = 1
	})
	safeGo(&wg, errs, 4, func() {
		s := []int{}
		idx := 3
		_ = s[idx]
	})
	wg.Wait()
	close(errs)
	var msgs []string
	for e := range errs {
		msgs = append(msgs, e)
	}
	sort.Strings(msgs)
	for _, m := range msgs {
		fmt.Println(m)
	}
	fmt.Println("program survived")
}
