package main

import "fmt"

type List struct {
	val  int
	next *List
}

func (l *List) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.next.Len()
}

func (l *List) Sum() int {
	if l == nil {
		return 0
	}
	return l.val + l.next.Sum()
}

type Greeter interface{ Greet() string }

type Person struct{ name string }

func (p *Person) Greet() string {
	if p == nil {
		return "hello, nobody"
	}
	return "hello, " + p.name
}

func main() {
	var l *List
	fmt.Println(l.Len(), l.Sum())
	l = &List{1, &List{2, &List{3, nil}}}
	fmt.Println(l.Len(), l.Sum())
	var p *Person
	var g Greeter = p
	fmt.Println(g.Greet(), g != nil)
	g = &Person{"gopher"}
	fmt.Println(g.Greet())
}
