package main

import (
	"fmt"
	"sync"
)

var counter = 0

func OnlyOnce() {
	counter++
}

type Config struct{ Name string }

var (
	cfg     *Config
	cfgOnce sync.Once
	loads   int
)

func getConfig() Config {
	cfgOnce.Do(func() {
		loads++
		cfg = &Config{Name: "app"}
	})
	return cfg
}

func main() {
	var once sync.Once
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(OnlyOnce)
		}()
	}
	wg.Wait()
	fmt.Println("Counter", counter)

	ptrs := make([]*Config, 20)
	var wg2 sync.WaitGroup
	for i := range ptrs {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			ptrs[i] = getConfig()
		}(i)
	}
	wg2.Wait()
	same := true
	for _, p := range ptrs {
		if p != ptrs[0] {
			same = false
		}
	}
	fmt.Println("loads", loads, "same pointer", same, ptrs[0].Name)
	once.Do(func() { fmt.Println("never printed") })
	var o2 sync.Once
	o2.Do(func() { fmt.Println("a different Once runs its own function") })
}
