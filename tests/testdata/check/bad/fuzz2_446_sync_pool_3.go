package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	created := 0
	var mu sync.Mutex
	pool := sync.Pool{
		New: func() interface{} {
			mu.Lock()
			created++
			mu.Unlock()
			return new(strings.Builder)
		},
	}
	// The first Get on an empty pool calls New.
	b := pool.Get().(*strings.Builder)
	fmt.Println("created after first Get:", created)
	b.WriteString("hello")
	fmt.Println(b.String())
	b.Reset()
	pool.Put(b)

	// Whether an object is reused is up to the runtime, so only print
	// results that do not depend on it.
	var wg sync.WaitGroup
	results := make([]string, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1e100)
		go func(i int) {
			defer wg.Done()
			sb := pool.Get().(*strings.Builder)
			sb.Reset()
			fmt.Fprintf(sb, "item-%d", i)
			results[i] = sb.String()
			pool.Put(sb)
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
	fmt.Println("created at least once:", created >= 1, "at most 11:", created <= 11)

	plain := sync.Pool{}
	fmt.Println("Get without New on empty pool:", plain.Get())
	data := sync.Pool{New: func() interface{} { return "default" }}
	fmt.Println(data.Get())
}
