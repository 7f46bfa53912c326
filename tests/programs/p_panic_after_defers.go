package main

import "fmt"

func step(n int) {
	defer fmt.Println("deferred in step", n)
	if n == 2 {
		panic("step 2 failed")
	}
	fmt.Println("step", n, "done")
}

func main() {
	defer fmt.Println("deferred in main")
	for i := 1; i <= 3; i++ {
		step(i)
	}
}
