package main

import "fmt"

type Named interface{ Name() string }

type Cat struct{}

func (Cat) Name() string { return "cat" }

func main() {
	var i interface{} = 42
	n := i.(int)
	fmt.Println(n)
	s, ok := i.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := i.(float64)
	fmt.Println(f, ok)
	var x interface{} = Cat{}
	if nm, ok := x.(Named); ok {
		fmt.Println("named:", nm.Name())
	}
	_, ok = x.(fmt.Stringer)
	fmt.Println(ok)
	var nilI interface{}
	_, ok = nilI.(int)
	fmt.Println(ok)
	var e interface{} = int64(1)
	_, ok = e.(int)
	fmt.Println(ok)
	type MyInt int
	var m interface{} = MyInt(3)
	_, ok = m.(int)
	v, ok2 := m.(MyInt)
	fmt.Println(ok, v, ok2)
}
