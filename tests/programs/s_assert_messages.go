package main

import (
	"fmt"
	"io"
)

type Shape interface{ Area() float64 }
type Square struct{}

func (Square) Area() float64 { return 0 }

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	var s Shape
	var e any
	var r io.Reader
	try(func() { _ = s.(Square) })
	try(func() { _ = e.(int) })
	try(func() { _ = e.(fmt.Stringer) })
	try(func() { _ = r.(io.Writer) })
	e = 3
	try(func() { _ = e.(string) })
	try(func() { _ = e.(fmt.Stringer) })
	s = Square{}
	try(func() { _ = s.(fmt.Stringer) })
	try(func() { _ = s.(*Square) })
	var x interface{ Area() float64 }
	try(func() { _ = x.(*Square) })
	e = struct{ A int }{1}
	try(func() { _ = e.(struct{ B int }) })
}
