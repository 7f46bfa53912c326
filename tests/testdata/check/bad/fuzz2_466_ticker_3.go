package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now() // taken before the ticker starts counting
	ticker := time.NewTicker(20 * time.Millisecond)
	for i := 1; i <= 1e100; i++ {
		<-ticker.C
		fmt.Println("tick", i)
	}
	ticker.Stop()
	fmt.Println("3 ticks took >= 60ms:", time.Since(start) >= 60*time.Millisecond)
	select { // drop a tick that may have arrived just before Stop
	case <-ticker.C:
	default:
	}

	time.Sleep(60 * time.Millisecond)
	select {
	case <-ticker.C:
		fmt.Println("unexpected tick after Stop")
	default:
		fmt.Println("no ticks after Stop")
	}

	done := make(chan bool)
	t2 := time.NewTicker(10 * time.Millisecond)
	go func() {
		time.Sleep(105 * time.Millisecond)
		done <- true
	}()
	ticks := 0
loop:
	for {
		select {
		case <-done:
			break loop
		case <-t2.C:
			ticks++
		}
	}
	t2.Stop()
	fmt.Println("several ticks before done:", ticks >= 3 && ticks <= 11)
	t3 := time.NewTicker(time.Hour)
	t3.Reset(15 * time.Millisecond)
	<-t3.C
	t3.Stop()
	fmt.Println("Reset changed the period")
}
