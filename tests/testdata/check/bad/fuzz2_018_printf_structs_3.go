package main

import "fmt"

type Point struct {
	X, Y int
}

type Person struct {
	Name string
	Age  int
	Tags []string
}

type Celsius float64

func main() {
	p := Point{1, 2}
	fmt.Printf("%v\n", p)
	fmt.Printf("%+v\n", p)
	fmt.Printf("%#v\n", p)
	fmt.Printf("%T\n", p)
	fmt.Printf("%v\n", &p)
	fmt.Printf("%+v\n", &p)
	per := Person{Name: "Budi", Age: 30, Tags: []string{"a", "b"}}
	fmt.Printf("%v\n", per)
	fmt.Printf("%+v\n", per)
	fmt.Printf("%#v\n", per)
	fmt.Println(per)
	fmt.Printf("%T %T %T %T %T\n", 1, "s", 2.0, true, 'r')
	fmt.Printf("%T %T %T\n", []int{}, map[string]bool{}, &p)
	fmt.Printf("%T %v\n", Celsius(36.6), Celsius(36.6))
	fmt.Printf("%#v %#v %#v\n", "q", 42, []string{"x"})
	fmt.Printf("%v\n", []Point{{1, 2}, {3, 4}})
	fmt.Printf("%v\n", [2]bool{true, false})
	fmt.Printf("%v\n", struct {
		A int
		B string
	}{true, "seven"})
	var ip *int
	fmt.Printf("%v\n", ip)
	var e error
	fmt.Printf("%v\n", e)
}
