// This program fails on purpose: an index out of range is a run-time
// panic. Deferred calls still run, then the program prints the panic
// message to stderr and exits with status 2.
package main

import "fmt"

func main() {
	defer fmt.Println("deferred calls run before the program dies")

	numbers := []int{1, 2, 3}
	for i := 0; i <= len(numbers); i++ { // <= is one step too far
		fmt.Println("numbers[", i, "] =", numbers[i])
	}
}
