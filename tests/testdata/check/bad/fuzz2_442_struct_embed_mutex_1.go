package main

import (
	"fmt"
	"sync"
)

type UserBalance struct {
	sync.Mutex
	Name    string
	Balance int
}

func (u *UserBalance) Change(amount int) {
	u.Balance = u.Balance + amount
}

// transfer always locks the two accounts in name order, so it cannot deadlock
func transfer(from, to *UserBalance, amount int, wg *sync.WaitGroup) {
	defer wg.Done()
	first, second := from, to
	if second.Name < first.Name {
		first, second = second, first
	}
	first.Lock()
	second.Lock()
	from.Change(-amount)
	to.Change(amount)
	second.Unlock()
	first.Unlock()
}

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	c.m[key]++
	c.mu.Unlock()
}

func main() {
	u1 := UserBalance{Name: "Eko", Balance: 1000}
	u2 := &UserBalance{Name: "Budi", Balance: 1000}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(2)
		go transfer(u1, u2, 10, &wg)
		go transfer(u2, u1, 3, &wg)
	}
	wg.Wait()
	fmt.Println("User", u1.Name, "Balance", u1.Balance)
	fmt.Println("User", u2.Name, "Balance", u2.Balance)
	fmt.Println("sum", u1.Balance+u2.Balance)

	c := SafeCounter{m: make(map[string]int)}
	var wg2 sync.WaitGroup
	for i := 0; i < 30; i++ {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			c.Inc([]string{"a", "b", "c"}[i%3])
		}(i)
	}
	wg2.Wait()
	fmt.Println(c.m)
}
