package main

type T struct{ X int }

func (t T) X() {}
func (t T) M() {}
func (t *T) M() {}
func (int) N() {}
func (u U) K() {}

type E struct {
	A
	B
}
type A struct{ F int }
type B struct{ F int }

func main() {
	var e E
	_ = e.F
	var t T
	_ = T.M
	_ = (*T).M
	_ = t.m
}
