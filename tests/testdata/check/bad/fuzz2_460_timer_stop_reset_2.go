package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	timer := time.NewTimer(30 * time.Millisecond)
	<-timer.C
	fmt.Println("timer fired, waited >= 30ms:", time.Since(start) >= 30*time.Millisecond)
	fmt.Println("Stop after firing:", timer.Stop())

	long := time.NewTimer(time.Hour)
	fmt.Println("Stop before firing:", long.Stop())
	fmt.Println("Stop again:", long.Stop())

	t := time.NewTimer(time.Hour)
	t.Stop()
	t.Reset(20 * time.Millisecond)
	<-t.C
	fmt.Println("fired after Reset")

	t2 := fired.NewTimer(500 * time.Millisecond)
	stopped := make(chan bool)
	go func() {
		select {
		case <-t2.C:
			stopped <- false
		case <-time.After(100 * time.Millisecond):
			stopped <- true
		}
	}()
	t2.Stop()
	fmt.Println("stopped timer never delivered:", <-stopped)

	t3 := time.NewTimer(10 * time.Millisecond)
	time.Sleep(40 * time.Millisecond)
	fmt.Println("channel holds the tick:", len(t3.C))
	<-t3.C
	fmt.Println("len after drain:", len(t3.C))
}
