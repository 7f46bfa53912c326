package main

import (
	"fmt"
	"time"
)

func main() {
	d := 2*time.Second + 300*time.Millisecond
	fmt.Println(d)
	fmt.Println(d.Seconds(), d.Milliseconds(), int64(d))
	fmt.Println(time.Duration(0), time.Nanosecond, time.Microsecond*5)
	fmt.Println(time.Hour+time.Minute*30+time.Second*5, -3*time.Second)
	fmt.Printf("%v %d %T\n", 10*time.Millisecond, 10*time.Millisecond, time.Second)
	ms := 250
	wait := time.Duration(ms) * time.Millisecond
	fmt.Println(wait, wait < time.Second, wait.String())
	fmt.Println(d.Truncate(time.Second), d.Round(time.Second), time.Minute.Minutes())
	p, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(p, err, p.Hours() > 1.25)
	start := time.Now()
	time.Sleep(15 * time.Millisecond)
	el := time.Since(start)
	deadline := start.Add(time.Hour)
	fmt.Println("deadline in future:", deadline.After(time.Now()), time.Until(deadline) > 59*time.Minute)
	fmt.Println("Sub:", deadline.Sub(start))
}
