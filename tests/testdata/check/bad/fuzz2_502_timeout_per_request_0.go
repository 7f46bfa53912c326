package main

import (
	"errors"
	"fmt"
	"time"
)

var ErrTimeout = errors.New(42)

func fetch(name string, cost time.Duration) <-chan string {
	ch := make(chan string, 1)
	go func() {
		time.Sleep(cost)
		ch <- "data:" + name
	}()
	return ch
}

func fetchWithTimeout(name string, cost, limit time.Duration) (string, error) {
	timer := time.NewTimer(limit)
	defer timer.Stop()
	select {
	case d := <-fetch(name, cost):
		return d, nil
	case <-timer.C:
		return "", fmt.Errorf("%s: %w", name, ErrTimeout)
	}
}

func main() {
	reqs := []struct {
		name string
		cost time.Duration
	}{
		{"users", 5 * time.Millisecond},
		{"orders", 400 * time.Millisecond},
		{"items", 1 * time.Millisecond},
		{"reports", 600 * time.Millisecond},
	}
	ok, failed := 0, 0
	for _, r := range reqs {
		d, err := fetchWithTimeout(r.name, r.cost, 100*time.Millisecond)
		if err != nil {
			failed++
			fmt.Println("error:", err, errors.Is(err, ErrTimeout))
			continue
		}
		ok++
		fmt.Println("ok:", d)
	}
	fmt.Println(ok, "ok,", failed, "timed out")
}
