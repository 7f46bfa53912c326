package belajar_golang_goroutines

import (
	"fmt"
	"testing"
	"time"
)

// time.NewTimer sends the current time on timer.C once, after the duration.
func TestTimer(t *testing.T) {
	start := time.Now()
	timer := time.NewTimer(100 * time.Millisecond)
	fmt.Println("Menunggu timer...")

	fired := <-timer.C
	fmt.Println("Timer selesai")
	fmt.Println("waited at least 100ms:", fired.Sub(start) >= 100*time.Millisecond)
}

// Stop cancels a timer that has not fired. It returns true if it stopped
// the timer, false if the timer was already stopped (or had fired and its
// value was received).
func TestTimerStop(t *testing.T) {
	timer := time.NewTimer(1 * time.Second)

	fmt.Println("Stop:", timer.Stop())
	fmt.Println("Stop again:", timer.Stop())

	select {
	case <-timer.C:
		fmt.Println("timer fired")
	case <-time.After(200 * time.Millisecond):
		fmt.Println("stopped timer never fires")
	}
}

// Reset changes when the timer fires.
func TestTimerReset(t *testing.T) {
	start := time.Now()
	timer := time.NewTimer(1 * time.Second)
	timer.Reset(100 * time.Millisecond) // fire much sooner

	<-timer.C
	elapsed := time.Since(start)
	fmt.Println("fired after the new duration:", elapsed >= 100*time.Millisecond && elapsed < 500*time.Millisecond)
}

// Since Go 1.23 (with `go 1.23` or later in go.mod) a timer's channel is
// unbuffered: cap(timer.C) is 0, and after Stop or Reset no stale time
// value can be received, even if the timer had already expired.
func TestTimerStopAfterExpiry(t *testing.T) {
	timer := time.NewTimer(50 * time.Millisecond)
	fmt.Println("cap(timer.C):", cap(timer.C))

	time.Sleep(150 * time.Millisecond) // the timer expires, nobody receives
	fmt.Println("Stop after expiry:", timer.Stop())

	select {
	case <-timer.C:
		fmt.Println("stale value received")
	default:
		fmt.Println("no stale value")
	}
}
