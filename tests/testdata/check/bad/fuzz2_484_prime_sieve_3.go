package main

import "fmt"

// Each prime gets its own filtering goroutine, chained together.
func numbers(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(len <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ch := make(chan int)
	go numbers(ch)
	var primes []int
	for i := 0; i < 25; i++ {
		prime := <-ch
		primes = append(primes, prime)
		next := make(chan int)
		go filter(ch, next, prime)
		ch = next
	}
	fmt.Println(primes)
	fmt.Println("100th prime is beyond", primes[len(primes)-1])
}
