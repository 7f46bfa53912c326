package main

type T struct{}

func (T) m() {}

type I interface{ m() }

func f(a, b int) int { return a + b }

func main() {
	var t T
	t.m(1)
	f(1, 2)
	var i I = t
	i.m = nil
	var p *T
	p.m()
	var pp **T
	pp.m()
	_ = f(1, 2) + "x"
	var b bool = 1 == 1.0
	var c = 'a' == "a"
	_, _ = b, c
	var ch chan int
	ch <- "s"
	v, ok := <-ch, true
	_, _ = v, ok
	var m map[string]int
	m[1] = 2
	_ = m["a"].x
	for k := range m {
		k = 1
	}
}
