package main

import (
	"fmt"
	"sync"
)

type Cache struct {
	mu   sync.RWMutex
	data map[int]int
}

func (c *Cache) Get(k int) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) Set(k, v int) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

func main() {
	c := &Cache{data: map[int]int{}}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				c.Set(w*25+i, i)
			}
		}(w)
	}
	wg.Wait()
	var hits sync.Map
	for r := 0; r < 8; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			n := 0
			for k := 0; k < 100; k++ {
				if _, ok := c.Get(k); ok {
					n++
				}
			}
			hits.Store(r, n)
		}(r)
	}
	wg.Wait()
	total := 0
	hits.Range(func(k, v any) bool {
		total += v.(int)
		return true
	})
	fmt.Println(len(c.data), total)
	c.mu.RLock()
	c.mu.RLock()
	fmt.Println("two readers at once")
	c.mu.RUnlock()
	c.mu.RUnlock()
}
