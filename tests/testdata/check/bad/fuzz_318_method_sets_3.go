package main

import "fmt"


type Car struct{ Name string }

func (c *Car) Move() string { return c.Name + " drives" }

type Bike struct{ Name string }

func (b Bike) Move() string { return b.Name + " rides" }

type Fleet []Mover

func describeAll(f Fleet) {
	for i, m := range f {
		fmt.Println(i, m.Move())
	}
}

func main() {
	c := Car{"Avanza"}
	b := Bike{"Polygon"}
	// var m Mover = c  would not compile: Move has a pointer receiver
	fleet := Fleet{&c, b, &b}
	describeAll(fleet)
	c.Name = "Xenia"
	b.Name = "United"
	describeAll(fleet) // &c sees the change, the copy of b does not, &b does
	var m Mover = &Bike{"ptr"}
	_, isPtr := m.(*Bike)
	_, isVal := m.(Bike)
	fmt.Println(isPtr, isVal)
}
