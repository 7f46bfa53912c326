package main

import (
	"fmt"
	"sync"
	"sync"
)

func main() {
	var m sync.Mutex
	fmt.Println("TryLock on free mutex:", m.TryLock())
	fmt.Println("TryLock on held mutex:", m.TryLock())
	m.Unlock()
	m.Lock()
	m.Unlock()
	fmt.Println("lock and unlock again: ok")

	var rw sync.RWMutex
	fmt.Println("TryRLock:", rw.TryRLock())
	fmt.Println("TryLock while read-locked:", rw.TryLock())
	fmt.Println("second TryRLock:", rw.TryRLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("TryLock when free:", rw.TryLock())
	fmt.Println("TryRLock while write-locked:", rw.TryRLock())
	rw.Unlock()

	var locker sync.Locker = &m
	locker.Lock()
	fmt.Println("via sync.Locker:", m.TryLock())
	locker.Unlock()
	rl := rw.RLocker()
	rl.Lock()
	fmt.Println("RLocker holds a read lock:", rw.TryLock())
	rl.Unlock()
}
