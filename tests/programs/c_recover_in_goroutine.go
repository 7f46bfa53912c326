package main

import (
	"fmt"
	"sort"
	"sync"
)

func safeGo(wg *sync.WaitGroup, errs chan<- string, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				errs <- fmt.Sprint("recovered: ", r)
			}
		}()
		f()
	}()
}

func main() {
	var wg sync.WaitGroup
	errs := make(chan string, 10)
	safeGo(&wg, errs, func() { panic("task 1 failed") })
	safeGo(&wg, errs, func() {
		var m map[string]int
		m["x"] = 1
	})
	safeGo(&wg, errs, func() {})
	wg.Wait()
	close(errs)
	var list []string
	for e := range errs {
		list = append(list, e)
	}
	sort.Strings(list)
	for _, e := range list {
		fmt.Println(e)
	}
}
