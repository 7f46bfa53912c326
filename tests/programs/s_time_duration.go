package main

import (
	"fmt"
	"time"
)

func main() {
	durations := []time.Duration{
		0, time.Nanosecond, 1500 * time.Nanosecond, 2 * time.Millisecond,
		1500 * time.Millisecond, time.Minute + 30*time.Second,
		26*time.Hour + 3*time.Minute + 4*time.Second + 5*time.Millisecond, -3 * time.Second,
	}
	for _, d := range durations {
		fmt.Println(d, int64(d))
	}
	d := 90 * time.Minute
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds())
	fmt.Println(d.Truncate(time.Hour), d.Round(time.Hour))
	fmt.Printf("%v %d %T\n", time.Second, time.Second, time.Second)
	parsed, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(parsed, err)
	_, err = time.ParseDuration("abc")
	fmt.Println(err)
}
