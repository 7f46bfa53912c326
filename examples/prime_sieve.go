// The classic concurrent prime sieve: a chain of filter goroutines, one
// per prime found so far. Each filter passes on only the numbers that its
// prime does not divide; the first number to come out of the chain is
// always the next prime.
package main

import "fmt"

// generate sends 2, 3, 4, ... to channel ch.
func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

// filter copies values from in to out, dropping multiples of prime.
func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	for i := 0; i < 20; i++ {
		prime := <-ch
		fmt.Println(prime)
		next := make(chan int)
		go filter(ch, next, prime)
		ch = next
	}
	// main returns while the goroutines are still blocked: the program
	// ends anyway, Go does not wait for goroutines.
}
