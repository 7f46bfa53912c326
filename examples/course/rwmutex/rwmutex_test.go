package belajar_golang_goroutines

import (
	"fmt"
	"sync"
	"testing"
)

// sync.RWMutex has two locks: many readers may hold RLock together,
// but Lock (for writing) is exclusive.
type BankAccount struct {
	RWMutex sync.RWMutex
	Balance int
}

func (account *BankAccount) AddBalance(amount int) {
	account.RWMutex.Lock()
	account.Balance = account.Balance + amount
	account.RWMutex.Unlock()
}

func (account *BankAccount) GetBalance() int {
	account.RWMutex.RLock()
	balance := account.Balance
	account.RWMutex.RUnlock()
	return balance
}

func TestRWMutex(t *testing.T) {
	account := BankAccount{}
	var group sync.WaitGroup

	for i := 0; i < 100; i++ {
		group.Add(1)
		go func() {
			defer group.Done()
			for j := 0; j < 100; j++ {
				account.AddBalance(1)
				_ = account.GetBalance() // reads may run alongside other reads
			}
		}()
	}

	group.Wait()
	fmt.Println("Total Balance", account.GetBalance())
}

// Two readers can hold the read lock at the same time; a writer cannot
// get in while they do.
func TestManyReaders(t *testing.T) {
	var lock sync.RWMutex

	lock.RLock()
	fmt.Println("second reader:", lock.TryRLock())
	fmt.Println("writer while reading:", lock.TryLock())
	lock.RUnlock()
	lock.RUnlock()
	fmt.Println("writer after readers left:", lock.TryLock())
	lock.Unlock()
}
