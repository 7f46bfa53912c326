package main

import (
	"fmt"
	"strings"
	"time"
)

func main() {
	now := time.Now()
	s := fmt.Sprint(now)
	fmt.Println(strings.Contains(s, " m=+"), strings.Count(s, " "))
	fmt.Println(now.Location(), now.UTC().Location())
	t := time.NewTimer(20 * time.Millisecond)
	fmt.Println(cap(t.C), len(t.C))
	time.Sleep(40 * time.Millisecond)
	fmt.Println(t.Reset(10 * time.Millisecond))
	<-t.C
	fmt.Println(t.Stop(), t.Reset(time.Hour), t.Stop())
	done := make(chan bool)
	af := time.AfterFunc(10*time.Millisecond, func() { done <- true })
	fmt.Println(af.C == nil)
	<-done
	fmt.Println(af.Stop())
	af2 := time.AfterFunc(time.Hour, func() {})
	fmt.Println(af2.Stop())
	tk := time.NewTicker(5 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-tk.C
	}
	tk.Reset(10 * time.Millisecond)
	<-tk.C
	tk.Stop()
	select {
	case <-tk.C:
		fmt.Println("stale tick")
	case <-time.After(30 * time.Millisecond):
		fmt.Println("no tick after Stop")
	}
	d := 90*time.Second + 500*time.Millisecond
	fmt.Println(d, d.Round(time.Second), d.Truncate(time.Minute), d.Minutes(), d.Hours(), time.Duration(0), -d, time.Duration(1500), 2*time.Microsecond)
	fmt.Printf("%v %s %d %T\n", d, d, d, d)
	fmt.Println(time.Month(3), time.Saturday, time.Month(13))
	ts := time.Date(2024, 12, 31, 23, 59, 59, 999, time.UTC)
	fmt.Println(ts.Add(time.Nanosecond), ts.Format(time.Kitchen), ts.Format("Mon Jan 2 2006 .000"))
	fmt.Println(ts.Equal(ts.Local()), ts.Before(ts.Add(1)), ts.Compare(ts), ts.UnixMilli())
	fmt.Printf("%v\n", time.Unix(1700000000, 0).UTC())
}
