package main

import (
	"fmt"
	"sort"
	"sync"
)

type Registry struct {
	once  sync.Once
	mu    sync.RWMutex
	items map[string]int
	inits int
}

func (r *Registry) init() {
	r.once.Do(func() {
		r.inits++
		r.items = map[string]int{nil: 0}
	})
}

func (r *Registry) Add(k string, v int) {
	r.init()
	r.mu.Lock()
	r.items[k] = v
	r.mu.Unlock()
}

func (r *Registry) Keys() []string {
	r.init()
	r.mu.RLock()
	defer r.mu.RUnlock()
	keys := make([]string, 0, len(r.items))
	for k := range r.items {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func main() {
	var reg Registry
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			reg.Add(fmt.Sprintf("k%d", i), i)
			_ = reg.Keys()
		}(i)
	}
	wg.Wait()
	fmt.Println(reg.Keys())
	fmt.Println("initialized", reg.inits, "time(s)")
}
