package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTimer(20 * time.Millisecond)
	<-t.C
	fmt.Println("timer fired, waited >= 20ms:", time.Since(start) >= 20*time.Millisecond)
	t2 := time.NewTimer(time.Hour)
	fmt.Println("stopped:", t2.Stop())
	ticker := time.NewTicker(10 * time.Millisecond)
	n := 0
	for range ticker.C {
		n++
		if n == 3 {
			ticker.Stop()
			break
		}
	}
	fmt.Println("ticks", n)
	done := make(chan bool)
	time.AfterFunc(10*time.Millisecond, func() { done <- true })
	fmt.Println("afterfunc:", <-done)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("slept")
}
