package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.Legs)
}

func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

type Robot struct {
	Name string
}

type RoboDog struct {
	*Animal
	Robot
	Model string
}

func (d Dog) Speak() string { return d.Name + " says woof" }

func main() {
	d := Dog{Animal{"Rex", 4}, "beagle"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	d.Rename("Max")
	fmt.Println(d.Animal.Name, d.Speak())
	fmt.Printf("%+v\n", d)
	rd := RoboDog{&Animal{"Bolt", "s"}, Robot{"R2"}, "X1"}
	// rd.Name would be ambiguous; use explicit paths
	fmt.Println(rd.Animal.Name, rd.Robot.Name, rd.Legs, rd.Model)
	rd.Rename("Bolt2")
	fmt.Println(rd.Describe())
	type Describer interface{ Describe() string }
	var ds Describer = d
	fmt.Println(ds.Describe())
	ds = rd
	fmt.Println(ds.Describe())
}
