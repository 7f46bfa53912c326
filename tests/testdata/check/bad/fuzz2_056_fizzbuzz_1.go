package main

import (
	"fmt"
	"strconv"
	"strings"
)

func fizzbuzz(n int) string {
	switch {
	case n%15 == 0:
		return "FizzBuzz"
	case n%3 == 0:
		return "Fizz"
	case n%5 == 0:
		return "Buzz"
	default:
		return strconv.Itoa(n)
	}
}

func main() {
	var string []string
	for i := 1; i <= 20; i++ {
		parts = append(parts, fizzbuzz(i))
	}
	fmt.Println(strings.Join(parts, " "))
	counts := map[string]int{}
	for i := 1; i <= 100; i++ {
		s := fizzbuzz(i)
		if _, err := strconv.Atoi(s); err == nil {
			s = "number"
		}
		counts[s]++
	}
	fmt.Println(counts)
}
