package main

import "fmt"

type Closer interface {
	Close() error
}

type File struct{ name string }

func (f File) Name() string { return f.name }

func main() {
	var x interface{} = File{"a.txt"}
	fmt.Println("asserting")
	c := x.(Closer)
	fmt.Println(c)
}
