package main

import (
	"errors"
	"fmt"
)

var ErrInsufficient = errors.New("insufficient funds")

type LimitError struct {
	Limit, Amount int
}

func (e LimitError) Error() string {
	return fmt.Sprintf("amount %d exceeds limit %d", e.Amount, e.Limit)
}

type Account struct {
	balance int
	limit   int
}

func (a *Account) Withdraw(n int) error {
	if n > a.limit {
		return LimitError{a.limit, n}
	}
	if n > a.balance {
		return fmt.Errorf("withdraw %d: %w", n, ErrInsufficient)
	}
	a.balance -= n
	return nil
}

func main() {
	acc := &Account{balance: 100, limit: 60}
	for _, amt := range []int{50, 70, 40, 10} {
		err := acc.Withdraw(amt)
		var le LimitError
		switch {
		case err == nil:
			fmt.Println("ok, balance", acc.balance)
		case errors.Is(err, ErrInsufficient):
			fmt.Println("insufficient:", err)
		case errors.As(err, &le):
			fmt.Println("limit:", le.Limit, "-", err)
		default:
			fmt.Println("unexpected", err)
		}
	}
}
