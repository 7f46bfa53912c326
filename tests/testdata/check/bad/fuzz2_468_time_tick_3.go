package main

import (
	"fmt"
	"time"
)

func main() {
	channel := time.Tick(15 * time.Millisecond)
	count := 0
	for t := range channel {
		count++
		fmt.Println("tick", count, "non-zero time:", !t.IsZero())
		if count == 4 {
			break
		}
	}
	fmt.Println("stopped reading after", count)
	d := 1500 * time.Millisecond
	fmt.Println(d, d.Seconds(), d.Milliseconds())
	fmt.Println(time.Duration(90)*time.Second, 2*time.Hour+3*time.Minute, 250*time.Microsecond, time.Duration("s"))
	fmt.Println(time.Second > time.Millisecond, time.Minute/time.Second)
}
