package main

import (
	"fmt"
	"runtime"
)

type T struct{ V int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%s: %v (runtime.Error=%v)\n", name, r, isRuntime)
		if e, ok := r.(error); ok {
			fmt.Println("  Error():", e.Error())
		}
	}()
	f()
}

func main() {
	try("index", func() {
		s := []int{1, 2, 3}
		i := 5
		fmt.Println(s[i])
	})
	try("array index", func() {
		var a [4]int
		i := -1 + len(a)*2
		a[i] = 1
	})
	try("slice bounds", func() {
		s := make([]int, 3)
		n := 5
		_ = s[1:n]
	})
	try("string index", func() {
		s := "abc"
		i := 10
		_ = s[i]
	})
	try("nil map", func() {
		var m map[string]int
		m["a"] = 1
	})
	try(nil, func() {
		var p *T
		fmt.Println(p.V)
	})
	try("divide", func() {
		a, b := 10, 0
		fmt.Println(a / b)
	})
	try("modulo", func() {
		a, b := 10, 0
		fmt.Println(a % b)
	})
	try("type assertion", func() {
		var i interface{} = "str"
		fmt.Println(i.(int))
	})
	try("no panic", func() {})
}
