// A bank account shared by many goroutines, protected by a mutex.
// Without the mutex, concurrent deposits could overwrite each other.
package main

import (
	"errors"
	"fmt"
	"sync"
)

var ErrInsufficientFunds = errors.New("insufficient funds")

type Account struct {
	mu      sync.Mutex // guards balance
	owner   string
	balance int
}

func (a *Account) Deposit(amount int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += amount
}

// Withdraw checks and changes the balance under one lock, so two
// goroutines can never both spend the same money.
func (a *Account) Withdraw(amount int) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if amount > a.balance {
		return ErrInsufficientFunds
	}
	a.balance -= amount
	return nil
}

func (a *Account) Balance() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

func main() {
	account := &Account{owner: "Eko"}
	var group sync.WaitGroup

	// 100 goroutines deposit 10 each, 100 times.
	for i := 0; i < 100; i++ {
		group.Add(1)
		go func() {
			defer group.Done()
			for j := 0; j < 100; j++ {
				account.Deposit(10)
			}
		}()
	}
	group.Wait()
	fmt.Println(account.owner, "has", account.Balance())

	// 150 goroutines try to withdraw 1000 each, but there is only 100000:
	// exactly 100 succeed, whichever they are.
	var mu sync.Mutex
	succeeded, failed := 0, 0
	for i := 0; i < 150; i++ {
		group.Add(1)
		go func() {
			defer group.Done()
			err := account.Withdraw(1000)
			mu.Lock()
			defer mu.Unlock()
			if errors.Is(err, ErrInsufficientFunds) {
				failed++
			} else {
				succeeded++
			}
		}()
	}
	group.Wait()
	fmt.Println("withdrawals succeeded:", succeeded, "failed:", failed)
	fmt.Println(account.owner, "has", account.Balance())
}
