package main

import "fmt"

type Person struct {
	Name string
	Age  int
}

type Team struct {
	Lead    Person
	Members []Person
}

func birthday(p Person) { p.Age++ }

func birthdayPtr(p *Person) { p.Age++ }

func main() {
	p := Person{"Ann", 30}
	q := Person{Name: "Bob"}
	var r Person
	fmt.Println(p, q, r)
	birthday(p)
	fmt.Println(p.Age)
	birthdayPtr(&p)
	fmt.Println(p.Age)
	pp := &p
	pp.Age = 50
	fmt.Println(p.Age, (*pp).Name)
	c := p
	c.Name = "Copy"
	fmt.Println(p.Name, c.Name)
	fmt.Println(p == Person{"Ann", 50}, p == c)
	t := Team{Lead: p, Members: []Person{q, r}}
	t.Members[1].Name = "Zed"
	fmt.Printf("%+v\n", t)
	anon := struct {
		X, Y int
	}{3, 4}
	fmt.Println(anon, anon.X*anon.Y)
	points := []struct{ X, Y int }{{1, 2}, {3, 4}}
	for _, pt := range points {
		pt.X = 0
	}
	fmt.Println(points)
	for i := range points {
		points[i].X = 0
	}
	fmt.Println(points)
	np := new(Person)
	np.Name = "New"
	fmt.Println(*np, np)
}
