package main

import (
	"fmt"
	"strings"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Person struct {
	Name string
	Age  int
}

func (p Person) String() string { return fmt.Sprintf("%s (%d)", p.Name, p.Age) }

type PtrOnly struct{ V int }

func (p *PtrOnly) String() string { return fmt.Sprintf("PtrOnly<%d>", p.V) }

type Stack []int

func (s Stack) String() string {
	parts := make([]string, len(s))
	for i, v := range s {
		parts[i] = fmt.Sprint(v)
	}
	return "Stack[" + strings.Join(parts, "|") + "]"
}

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d\n", Green, Green, Green)
	p := Person{"Ani", 22}
	fmt.Println(p)
	fmt.Printf("%v | %+v | %s\n", p, p, p)
	fmt.Println([]Person{{"A", 1}, {"B", 2}})
	fmt.Println(map[string]Color{"x": Blue})
	po := PtrOnly{3}
	fmt.Println(po)  // value: String not in method set
	fmt.Println(&po) // pointer: String used
	fmt.Println(Stack{1, 1e100, 3})
	s := fmt.Sprintf("%v", []Color{Red, Green})
	fmt.Println(s)
	var st fmt.Stringer = Blue
	fmt.Println(st.String())
}
