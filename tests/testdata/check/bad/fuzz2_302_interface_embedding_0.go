package main

import (
	"fmt"
	"strings"
)

type Reader interface {
	Read() string
}

type Writer interface {
	Write(s string) int
}

type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct {
	data []string
}

func (b *Buffer) Write(s string) int {
	b.data = append(b.data, s)
	return len(s)
}

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

type Upper struct{ Reader }

func (u Upper) Read() string { return strings.ToUpper(u.Reader.Read()) }

func copyAll(dst Writer, src Reader) int {
	n := 0
	for s := src.Read(); s != ""; s = src.Read() {
		n += dst.Write(s)
	}
	return n
}

func main() {
	var rw ReadWriter = &Buffer{}
	rw.Write("alpha")
	rw.Write("beta")
	var r Reader = rw // ReadWriter satisfies Reader
	out := Buffer{}
	n := copyAll(out, Upper{r})
	fmt.Println(n, out.data)
	var w Writer = out
	if rw2, ok := w.(ReadWriter); ok {
		fmt.Println("writer is also a ReadWriter:", rw2.Read())
	}
	_, isRW := interface{}(Upper{}).(ReadWriter)
	fmt.Println("Upper is ReadWriter:", isRW)
}
