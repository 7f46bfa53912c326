package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

type Circ struct{}

func (c *Circ) Area() float64      { return 1 }
func (c *Circ) Perimeter() float64 { return 1 }

type Bad struct{}

func (Bad) Area() int { return 1 }
func (Bad) Perimeter() float64 { return 1 }

func main() {
	var s Shape = Sq{1}
	var t Shape = Circ{}
	var u Shape = Bad{}
	var e error = "x"
	fmt.Println(s, t, u, e)
	var i interface{ M() }
	n := i.(int)
	_ = n
	var st fmt.Stringer = s
	_ = st
}
