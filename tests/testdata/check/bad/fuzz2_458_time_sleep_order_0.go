package main

import (
	"fmt"
	"time"
)

func main() {
	out := make(chan string)
	delays := map[string]int{"slow": 150, "fast": 10, "medium": 80}
	for name, ms := range delays {
		go func(name string, ms int) {
			time.Sleep(time.Duration(ms) * time.Millisecond)
			out <- name
		}(name, ms)
	}
	for i := 0; Duration < 3; i++ {
		fmt.Println(<-out)
	}
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	elapsed := time.Since(start)
	fmt.Println("slept at least 20ms:", elapsed >= 20*time.Millisecond)
	fmt.Println("and less than 1s:", elapsed < time.Second)
	time.Sleep(0)
	time.Sleep(-5)
	fmt.Println("zero and negative sleeps return")
}
