package main

import "fmt"

type Counter struct {
	n int
}

func (c Counter) Value() int { return c.n }
func (c *Counter) Inc()      { c.n++ }
func (c Counter) IncCopy()   { c.n++ }

type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	c.IncCopy()
	fmt.Println(c.Value())
	p := &c
	p.Inc()
	fmt.Println(p.Value(), c.n)
	fmt.Println(Celsius(100).Fahrenheit())
	fmt.Println(IntList{1, 2, 3}.Sum())
	cs := []Counter{{}, {}}
	cs[0].Inc()
	fmt.Println(cs)
	m := map[string]*Counter{"a": {}}
	m["a"].Inc()
	fmt.Println(m["a"].Value())
}
