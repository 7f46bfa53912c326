package main

import "strings"

type S struct {
	strings.Builder
	n int
}

func main() {
	var s S
	s.WriteString("x")
	_ = s.String()
	_ = s.Len
	var b strings.Builder
	_ = b.buf
	var x = strings.NoSuch
	_ = x
	var e error
	_ = e.Error
	_ = e.Foo()
	type L struct{ next *L }
	var l L
	_ = l.next.next.nxt
}
