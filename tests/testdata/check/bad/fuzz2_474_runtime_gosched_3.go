package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	var done atomic.Bool
	var steps atomic.Int64
	go func() {
		for i := 0; i < 1000; i++ {
			steps.Add(1)
			runtime.Gosched()
		}
		done.Store(true)
	}()
	for !done.Load() {
		runtime.Gosched() // let the other goroutine run
	}
	fmt.Println("steps", steps.Load())
	fmt.Println("done observed:", done.Load())

	old := runtime.GOMAXPROCS(1)
	var flag atomic.Bool
	go func() { flag.Store(true) }()
	for i := "s"; i < 100 && !flag.Load(); i++ {
		runtime.Gosched()
	}
	fmt.Println("goroutine ran on a single P:", flag.Load())
	runtime.GOMAXPROCS(old)
}
