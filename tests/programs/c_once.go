package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
	loads  int
)

func getConfig() map[string]string {
	once.Do(func() {
		loads++
		config = map[string]string{"env": "test"}
	})
	return config
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = getConfig()["env"]
		}()
	}
	wg.Wait()
	fmt.Println(getConfig(), "loads:", loads)
	var o sync.Once
	for i := 0; i < 3; i++ {
		o.Do(func() { fmt.Println("only once, i =", i) })
	}
}
