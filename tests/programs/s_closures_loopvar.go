package main

import "fmt"

func main() {
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	var fs []func() string
	for _, s := range []string{"a", "b", "c"} {
		fs = append(fs, func() string { return s })
	}
	for _, f := range fs {
		fmt.Print(f())
	}
	fmt.Println()
	var gs []func() int
	for i := 0; i < 6; i++ {
		if i%2 == 0 {
			i++
		}
		gs = append(gs, func() int { return i })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	shared := 0
	var hs []func()
	for i := range 3 {
		hs = append(hs, func() { shared += i })
	}
	for _, h := range hs {
		h()
	}
	fmt.Println(shared)
}
