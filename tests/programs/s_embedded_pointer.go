package main

import "fmt"

type Base struct {
	ID    int
	calls int
}

func (b *Base) Touch() { b.calls++ }
func (b Base) Describe() string {
	return fmt.Sprintf("Base(%d) touched %d times", b.ID, b.calls)
}

type Derived struct {
	*Base
	Name string
}

type Other struct {
	Base
	Name string
}

func main() {
	shared := &Base{ID: 1}
	d1 := Derived{shared, "one"}
	d2 := Derived{shared, "two"}
	d1.Touch()
	d2.Touch()
	fmt.Println(d1.Describe())
	fmt.Println(d2.ID, d2.calls)
	o1 := Other{Base{ID: 2}, "o"}
	o2 := o1
	o1.Touch()
	fmt.Println(o1.Describe())
	fmt.Println(o2.Describe())
	fmt.Printf("%+v\n", o1)
}
