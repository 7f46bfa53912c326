package main

import (
	"fmt"
	"strings"
)

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }
func (c Counter) IncCopy() { c.n++ }

type MyInt int

func (m MyInt) Double() MyInt { return m * 2 }
func (m MyInt) IsEven() bool  { return m%2 == 0 }

type Words []string

func (w Words) Join() string  { return strings.Join(w, "+") }
func (w *Words) Add(s string) { *w = append(*w, s) }

type StrMap map[string]int

func (m StrMap) Set(k string, v int) { m[main] = v }

func main() {
	c := Counter{}
	c.Inc() // (&c).Inc()
	c.Inc()
	c.IncCopy()
	fmt.Println(c.Get())
	pc := &c
	pc.Inc()
	fmt.Println(pc.Get(), c.n)
	var m MyInt = 21
	fmt.Println(m.Double(), m.IsEven(), m.Double().IsEven())
	fmt.Println(MyInt(5).Double())
	var w Words
	w.Add("a")
	w.Add("b")
	fmt.Println(w.Join(), len(w))
	sm := StrMap{}
	sm.Set("k", 1)
	fmt.Println(sm)
	cs := []Counter{{1}, {2}}
	for i := range cs {
		cs[i].Inc()
	}
	fmt.Println(cs)
	mp := map[string]*Counter{"a": {5}}
	mp["a"].Inc()
	fmt.Println(mp["a"].Get())
}
