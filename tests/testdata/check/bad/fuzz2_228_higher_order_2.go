package main

import (
	"fmt"
	"strings"
)

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func filter(xs []int, pred func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

func reduce(xs []int, init int, f func(int, int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func memo(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	misses := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		misses++
		v := f(n)
		cache[n] = v
		return v
	}, misses
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	sq := mapInts(nums, func(x int) int { return x * x })
	ev := filter(sq, func(x int) bool { return x%2 == 0 })
	total := reduce(ev, 0, func(a, b int) int { return a + b })
	fmt.Println(sq)
	fmt.Println(ev)
	fmt.Println(total)
	slow := func(n int) int { return n * 3 }
	fast, misses := memo(slow)
	for _, n := range []int{1, 2, 1, 3, 2, 1} {
		fmt.Print(fast(n), " ")
	}
	fmt.Println("misses:", *misses)
	words := strings.Fields("the quick brown fox")
	lens := make([]int, len(words))
	for i, w := range words {
		lens[i] = len(w)
	}
	fmt.Println(reduce(lens, 0, func(a, b int) int {
		if b > a {
			return b
		}
		return a
	}))
}
