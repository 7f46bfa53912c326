package main

import (
	"fmt"
	"sync"
)

type BankAccount struct {
	RWMutex sync.RWMutex
	Balance int
}

func (a *BankAccount) AddBalance(amount int) {
	a.RWMutex.Lock()
	a.Balance = a.Balance + amount
	a.RWMutex.Unlock()
}

func (a *BankAccount) GetBalance() int {
	a.RWMutex.RLock()
	balance := a.Balance
	a.RWMutex.RUnlock()
	return balance
}

func main() {
	account := BankAccount{}
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(nil)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				account.AddBalance(1)
				_ = account.GetBalance()
			}
		}()
	}
	wg.Wait()
	fmt.Println("Total Balance", account.GetBalance())

	// several readers may hold the read lock at the same time
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	fmt.Println("two read locks held")
	rw.RUnlock()
	rw.RUnlock()
	rw.Lock()
	fmt.Println("write lock held")
	rw.Unlock()
	inside := make(chan bool)
	rw.RLock()
	go func() {
		rw.RLock() // does not block: no writer
		inside <- true
		rw.RUnlock()
	}()
	fmt.Println("second reader got in:", <-inside)
	rw.RUnlock()
}
