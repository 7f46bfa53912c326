package main

import "fmt"

type Address struct {
	City string
	Zip  int
}

type Person struct {
	Name    string
	Age     int
	Address Address
	Emails  []string
}

func main() {
	var zero Person
	fmt.Printf("%+v\n", zero)
	p1 := Person{"Ani", 21, Address{"Bandung", 40111}, nil}
	p2 := Person{Name: "Budi", Address: Address{City: "Jakarta"}}
	fmt.Println(p1)
	fmt.Printf("%+v\n", p2)
	p3 := Person{Name: "Citra", Age: 33}
	p3.Age++
	p3.Address.Zip = 12345
	fmt.Println(p3.Name, p3.Age, p3.Address.Zip, (*p3).Age)
	p4 := p1
	p4.Name = "Copy"
	p4.Address.City = "Bogor"
	fmt.Println(p1.Name, p1.Address.City, p4.Name, p4.Address.City)
	people := []Person{{Name: "X"}, {Name: "Y", Age: 5}}
	for i := range people {
		people[i].Age += 10
	}
	for _, p := range people {
		p.Age = 1000 // copy, no effect
	}
	fmt.Println(people[0].Age, people[1].Age)
	ptrs := []*Person{{Name: "P"}, {Name: "Q"}}
	for _, p := range ptrs {
		p.Age = 7
	}
	fmt.Println(*ptrs[0], ptrs[1].Age)
	type local struct{ a, b int }
	fmt.Println(local{1, 2}, local{b: 3})
}
