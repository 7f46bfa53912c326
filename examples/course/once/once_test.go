package belajar_golang_goroutines

import (
	"fmt"
	"sync"
	"testing"
)

var counter = 0

func OnlyOnce() {
	counter++
}

// sync.Once runs its function only once, however many goroutines call Do.
// The others wait until that first call has finished.
func TestOnce(t *testing.T) {
	var once sync.Once
	var group sync.WaitGroup

	for i := 0; i < 100; i++ {
		group.Add(1)
		go func() {
			defer group.Done()
			once.Do(OnlyOnce)
		}()
	}

	group.Wait()
	fmt.Println("Counter", counter)
}

// A sync.Once inside a struct gives a lazily computed value: however many
// times (and from however many goroutines) it is asked for, the loading
// function runs once and every caller gets the same result.
type LazyConfig struct {
	once  sync.Once
	value string
	calls int
}

func (c *LazyConfig) Get() string {
	c.once.Do(func() {
		c.calls++
		c.value = "config loaded"
	})
	return c.value
}

func TestOnceValue(t *testing.T) {
	config := &LazyConfig{}

	fmt.Println(config.Get())
	fmt.Println(config.Get())
	fmt.Println("calls:", config.calls)
}
