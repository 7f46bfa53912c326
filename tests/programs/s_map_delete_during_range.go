package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[int]bool{}
	for i := 0; i < 20; i++ {
		m[i] = i%3 == 0
	}
	for k, v := range m {
		if !v {
			delete(m, k)
		}
	}
	keys := []int{}
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(len(m), keys)
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m), m)
	inv := map[string]int{"a": 1, "b": 2, "c": 3}
	rev := make(map[int]string, len(inv))
	for k, v := range inv {
		rev[v] = k
	}
	fmt.Println(rev)
}
