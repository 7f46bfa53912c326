package main

import (
	"fmt"
	"time"
)

func main() {
	events := make(chan string)
	go func() {
		for _, e := range []string{"login", "click", "scroll", "click"} {
			time.Sleep(5 * time.Millisecond)
			events <- e
		}
		// then silence
	}()
	idle := 150 * time.Millisecond
	timer := time.NewTimer(idle)
	handled := 0
	for {
		select {
		case e := <-events:
		case e := <-events:
			handled++
			fmt.Println("event:", e)
			if !timer.Stop() {
				<-timer.C
			}
			timer.Reset(idle)
		case <-timer.C:
			fmt.Println("idle timeout after", handled, "events")
			return
		}
	}
}
