package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type Account struct {
	sync.RWMutex
	bal int
}

func (a *Account) Lock() {
	a.RWMutex.Lock()
}

type S struct {
	mu sync.Mutex
	n  int
}

var global sync.Mutex
var gwg = sync.WaitGroup{}

func main() {
	// copy of a locked mutex is locked and independent
	var a S
	a.mu.Lock()
	b := a
	fmt.Println(b.mu.TryLock())
	a.mu.Unlock()
	fmt.Println(a.mu.TryLock(), b.mu.TryLock())

	acc := &Account{}
	acc.Lock()
	acc.bal = 5
	acc.Unlock()
	acc.RLock()
	fmt.Println(acc.bal)
	acc.RUnlock()

	global.Lock()
	gwg.Add(2)
	for i := 0; i < 2; i++ {
		go func() {
			defer gwg.Done()
			global.Lock()
			global.Unlock()
		}()
	}
	time.Sleep(10 * time.Millisecond)
	global.Unlock()
	gwg.Wait()

	var rw sync.RWMutex
	// Cond
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := 0
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			for ready == 0 {
				c.Wait()
			}
			ready++
			mu.Unlock()
		}()
	}
	time.Sleep(10 * time.Millisecond)
	mu.Lock()
	ready = 1
	c.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("ready", ready)

	var v atomic.Value
	fmt.Println(v.Load())
	v.Store("x")
	fmt.Println(v.Load(), v.Swap("y"), v.CompareAndSwap("y", "z"), v.Load())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Store(1)
	}()
	var u atomic.Uint32
	u.Store(1)
	fmt.Println(u.Add(^uint32(0)), u.Load())
	var i32 int32 = 2147483647
	fmt.Println(atomic.AddInt32(&i32, 1))
	arr := []int64{1, 2, 3}
	atomic.AddInt64(&arr[1], 40)
	fmt.Println(arr)

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once") })
	}
	f := sync.OnceFunc(func() { fmt.Println("oncefunc") })
	f()
	f()
	var m sync.Map
	m.Store("a", 1)
	m.Store("b", 2)
	act, loaded := m.LoadOrStore("a", 9)
	fmt.Println(act, loaded)
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println(n)
	m.Clear()
	_, ok := m.Load("a")
	fmt.Println(ok)
	var p sync.Pool
	fmt.Println(p.Get())
	p.New = func() any { return "new" }
	fmt.Println(p.Get())
	var wg2 sync.WaitGroup
	wg2.Go(func() { fmt.Println("wg.Go") })
	wg2.Wait()
	var locker sync.Locker = &mu
	locker.Lock()
	locker.Unlock()
	rl := rw.RLocker()
	rl.Lock()
	rl.Unlock()
	fmt.Println("done")
	var bad sync.Mutex
	bad.Unlock()
}
