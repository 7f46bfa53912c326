package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(true)
		go func(n int) {
			defer wg.Done()
			m.Store(n, n*n)
		}(i)
	}
	wg.Wait()
	v, ok := m.Load(7)
	fmt.Println(v, ok)
	v, ok = m.Load(100)
	fmt.Println(v, ok)
	actual, loaded := m.LoadOrStore(7, -1)
	fmt.Println(actual, loaded)
	actual, loaded = m.LoadOrStore(100, "new")
	fmt.Println(actual, loaded)
	m.Delete(100)
	_, ok = m.Load(100)
	fmt.Println("after delete:", ok)
	val, loaded := m.LoadAndDelete(19)
	fmt.Println(val, loaded)

	var keys []int
	sum := 0
	m.Range(func(key, value interface{}) bool {
		keys = append(keys, key.(int))
		sum += value.(int)
		return true
	})
	sort.Ints(keys)
	fmt.Println(len(keys), keys)
	fmt.Println("sum of squares 0..18:", sum)

	visited := 0
	m.Range(func(key, value interface{}) bool {
		visited++
		return visited < 3 // stop early
	})
	fmt.Println("visited", visited)

	var names sync.Map
	names.Store("b", 2)
	names.Store("a", 1)
	var out []string
	names.Range(func(k, v interface{}) bool {
		out = append(out, fmt.Sprintf("%v=%v", k, v))
		return true
	})
	sort.Strings(out)
	fmt.Println(out)
}
