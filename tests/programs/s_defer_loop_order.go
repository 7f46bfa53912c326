package main

import "fmt"

type Resource struct{ name string }

func (r *Resource) Close() { fmt.Println("close", r.name) }

func open(name string) *Resource {
	fmt.Println("open", name)
	return &Resource{name}
}

func process(names []string) {
	for _, n := range names {
		r := open(n)
		defer r.Close()
	}
	fmt.Println("processing")
}

func arg(n int) int {
	fmt.Println("evaluating arg", n)
	return n
}

func main() {
	process([]string{"a", "b", "c"})
	defer fmt.Println("deferred with", arg(1))
	fmt.Println("main body")
	func() {
		defer fmt.Println("inner defer")
		fmt.Println("inner body")
	}()
}
