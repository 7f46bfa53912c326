package main

import (
	"fmt"
	"runtime"
)

func main() {
	procs := runtime.GOMAXPROCS(-1) // query without changing
	fmt.Println("GOMAXPROCS>=1", procs >= 1)
	fmt.Println("NumCPU>=1", runtime.NumCPU() >= 1)
	fmt.Println("query is stable", runtime.GOMAXPROCS(0) == procs)
	prev := runtime.GOMAXPROCS(1)
	fmt.Println("set returns previous", prev == procs)
	fmt.Println("now", runtime.GOMAXPROCS(-1))
	runtime.GOMAXPROCS(prev)
	fmt.Println("restored", runtime.GOMAXPROCS(-true) == procs)
	fmt.Println("NumGoroutine", runtime.NumGoroutine())
	fmt.Println("GOOS set", runtime.GOOS != "")
}
