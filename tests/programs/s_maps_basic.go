package main

import (
	"fmt"
	"sort"
)

func main() {
	ages := map[string]int{"alice": 31, "bob": 25}
	ages["carol"] = 40
	ages["bob"]++
	fmt.Println(len(ages), ages["bob"], ages["nobody"])
	v, ok := ages["alice"]
	fmt.Println(v, ok)
	v, ok = ages["dave"]
	fmt.Println(v, ok)
	delete(ages, "alice")
	delete(ages, "not there")
	fmt.Println(ages)
	keys := make([]string, 0, len(ages))
	for k := range ages {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, ages[k])
	}
	m := make(map[int]int)
	for i := 0; i < 100; i++ {
		m[i%7] += i
	}
	fmt.Println(m)
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	alias := counts
	alias['z'] = 1
	fmt.Println(len(counts))
	clear(counts)
	fmt.Println(len(counts), counts)
}
