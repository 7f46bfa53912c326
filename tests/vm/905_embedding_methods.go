package main

import (
	"fmt"
	"strings"
)

type Logger struct{ prefix string }

func (l *Logger) Log(s string) string { return l.prefix + s }

type Named interface{ Name() string }

type Base struct{ id int }

func (b Base) Name() string  { return fmt.Sprintf("base%d", b.id) }
func (b *Base) SetID(i int) { b.id = i }

type Derived struct {
	Base
	*Logger
	extra []int
}

type Wrapper struct {
	Named
}

type Counter int

func (c *Counter) Inc() { *c++ }
func (c Counter) Get() int { return int(c) }

type Matrix [2][2]int

func (m Matrix) T() Matrix {
	m[0][1], m[1][0] = m[1][0], m[0][1]
	return m
}

func main() {
	d := Derived{Base: Base{1}, Logger: &Logger{"> "}}
	d.SetID(7)
	fmt.Println(d.Name(), d.Log("hi"), d.id)
	var n Named = d
	fmt.Println(n.Name())
	var n2 Named = &d
	d.SetID(9)
	fmt.Println(n.Name(), n2.Name())
	w := Wrapper{Named: Base{3}}
	fmt.Println(w.Name())
	var c Counter
	c.Inc()
	c.Inc()
	inc := c.Inc
	inc()
	get := c.Get
	c.Inc()
	fmt.Println(c, get(), c.Get())
	f := (*Counter).Inc
	f(&c)
	g := Counter.Get
	fmt.Println(g(c))
	m := Matrix{{1, 2}, {3, 4}}
	t := m.T()
	fmt.Println(m, t)
	a := struct {
		X int
		S string
	}{1, "a"}
	b := a
	b.S = "b"
	fmt.Println(a == b, a, b)
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d,", i)
	}
	sb.WriteString("end")
	fmt.Println(sb.String(), sb.Len())
	var np *Base
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var nn Named = np
	fmt.Println(nn != nil)
	fmt.Println(nn.Name())
}
