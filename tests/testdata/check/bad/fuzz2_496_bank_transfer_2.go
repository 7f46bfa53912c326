package main

import (
	"errors"
	"fmt"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	mu      sync.Mutex
	id      int
	balance int
}

type Bank struct{ accounts []*Account }

func (b *Bank) Transfer(from, to, amount int) error {
	a, c := b.accounts[from], b.accounts[to]
	first, second := a, c
	if first.id > second.id {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if a.balance < amount {
		return ErrInsufficient
	}
	a.balance -= amount
	c.balance += amount
	return nil
}

func (b *Bank) Total() int {
	t := 0
	for _, a := range b.accounts {
		a.mu.Lock()
		t += a.balance
		a.mu.Unlock()
	}
	return t
}

func main() {
	bank := &Bank{}
	for i := 0; i < 4; i++ {
		bank.accounts = append(bank.accounts, Account{id: i, balance: 1000})
	}
	var wg sync.WaitGroup
	for i := 0; i < 200; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			bank.Transfer(i%4, (i+1)%4, 5)
		}(i)
	}
	wg.Wait()
	fmt.Println("total preserved:", bank.Total())
	for _, a := range bank.accounts {
		fmt.Println("account", a.id, a.balance)
	}
	err := bank.Transfer(0, 1, 5000)
	fmt.Println(err, errors.Is(err, ErrInsufficient))
}
