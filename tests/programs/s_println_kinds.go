package main

import "fmt"

type Inner struct {
	N    int
	Tags []string
}

type Outer struct {
	Name string
	In   Inner
	Ptr  *Inner
	M    map[string]int
	Any  interface{}
}

func main() {
	var ip *int
	var m map[string]int
	var s []int
	var f func()
	var ch chan int
	var e error
	var any interface{}
	fmt.Println(ip, m, s, f == nil, ch, e, any)
	fmt.Println(len(m), len(s), cap(s))
	o := Outer{Name: "o", In: Inner{1, []string{"x", "y"}}, M: map[string]int{"b": 2, "a": 1}}
	fmt.Println(o)
	o.Ptr = &Inner{N: 5}
	fmt.Println(o.Ptr)
	fmt.Println(&o.In)
	fmt.Println([]*Inner{}, [][]int{{1}, {2, 3}, nil})
	fmt.Println(map[int][]string{2: {"b"}, 1: {"a"}})
	fmt.Println([3]int{}, [2][2]bool{})
	fmt.Println(int8(-5), uint16(65535), 'a', byte('a'), "a")
	fmt.Println(1e6, 1e20, 1e21, 123456789.0, 0.0001, 0.00001)
	fmt.Println(float32(1)/3, 1.0/3)
	fmt.Println(struct {
		A int
		B *int
	}{A: 1})
}
