package belajar_golang_goroutines

import (
	"fmt"
	"sync"
	"testing"
	"time"
)

// UserBalance embeds sync.Mutex, so a *UserBalance has Lock and Unlock
// methods of its own (they are promoted from the embedded field).
type UserBalance struct {
	sync.Mutex
	Name    string
	Balance int
}

func (user *UserBalance) Change(amount int) {
	user.Balance = user.Balance + amount
}

// How a deadlock happens (this is the version from the course notes):
//
//	func Transfer(user1 *UserBalance, user2 *UserBalance, amount int) {
//		user1.Lock()
//		time.Sleep(1 * time.Second)
//		user2.Lock()
//		...
//	}
//
//	go Transfer(&user1, &user2, 100000)
//	go Transfer(&user2, &user1, 200000)
//
// The first goroutine locks user1 and waits for user2; the second locks
// user2 and waits for user1. Each waits for the other forever: deadlock.
// (A real deadlock would hang `go test`, so it is not run here.)
//
// The fix: always lock the two accounts in the same order (here, by name).
// Then both goroutines first fight for the same lock, and whoever gets it
// can also take the second one.
func Transfer(user1 *UserBalance, user2 *UserBalance, amount int) {
	first, second := user1, user2
	if second.Name < first.Name {
		first, second = second, first
	}

	first.Lock()
	time.Sleep(100 * time.Millisecond) // widen the window, like the course does
	second.Lock()

	user1.Change(-amount)
	user2.Change(amount)

	second.Unlock()
	first.Unlock()
}

func TestDeadlock(t *testing.T) {
	user1 := UserBalance{Name: "Eko", Balance: 1000000}
	user2 := UserBalance{Name: "Budi", Balance: 1000000}

	var group sync.WaitGroup
	group.Add(2)
	go func() {
		defer group.Done()
		Transfer(&user1, &user2, 100000)
	}()
	go func() {
		defer group.Done()
		Transfer(&user2, &user1, 200000)
	}()
	group.Wait()

	fmt.Println("User", user1.Name, ", Balance", user1.Balance)
	fmt.Println("User", user2.Name, ", Balance", user2.Balance)
	fmt.Println("Total", user1.Balance+user2.Balance)
}
