package belajar_golang_goroutines

import (
	"fmt"
	"sync"
	"testing"
)

func AddToMap(data *sync.Map, value int, group *sync.WaitGroup) {
	defer group.Done()
	data.Store(value, value)
}

// sync.Map is a map that many goroutines may use at once without a mutex.
// Keys and values are of type any.
func TestMap(t *testing.T) {
	data := &sync.Map{}
	group := &sync.WaitGroup{}

	for i := 0; i < 100; i++ {
		group.Add(1)
		go AddToMap(data, i, group)
	}
	group.Wait()

	// Range visits entries in no particular order, so we only count and sum.
	count, sum := 0, 0
	data.Range(func(key, value any) bool {
		count++
		sum += value.(int)
		return true // false would stop the iteration
	})
	fmt.Println("count:", count, "sum:", sum)
}

func TestMapMethods(t *testing.T) {
	var data sync.Map

	data.Store("name", "Eko")

	value, ok := data.Load("name")
	fmt.Println("Load:", value, ok)

	actual, loaded := data.LoadOrStore("name", "Budi")
	fmt.Println("LoadOrStore existing:", actual, loaded)

	actual, loaded = data.LoadOrStore("city", "Jakarta")
	fmt.Println("LoadOrStore new:", actual, loaded)

	data.Delete("name")
	value, ok = data.Load("name")
	fmt.Println("after Delete:", value, ok)

	value, loaded = data.LoadAndDelete("city")
	fmt.Println("LoadAndDelete:", value, loaded)
}
