package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

func fetch(id int) (string, error) {
	if id%4 == 0 {
		return "", fmt.Errorf("fetch %d: %w", id, errors.New("unavailable"))
	}
	return fmt.Sprintf("page-%d", id), nil
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var errs []string
	pages := map[int]string{}
	for id := 1; id <= 9; id++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p, err := fetch(id)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				errs = append(errs, err.Error())
				return
			}
			pages[id] = p
		}()
	}
	wg.Wait()
	sort.Strings(errs)
	fmt.Println(len(pages), pages)
	fmt.Println(errs)
}
