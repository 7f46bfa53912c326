package main

import "fmt"

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func makeAccumulators() (func(int), func() int) {
	total := 0
	add := func(n int) { total += n }
	get := func() int { return total }
	return add, get
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func main() {
	next := fibGen()
	for i := 0; i < 10; i++ {
		fmt.Print(next(), " ")
	}
	fmt.Println()
	add, get := makeAccumulators()
	add(5)
	add(10)
	fmt.Println(get())
	calls := 0
	sq := memo(func(n int) int { calls++; return n * n })
	fmt.Println(sq(4), sq(4), sq(5), calls)
}
