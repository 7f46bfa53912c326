package main

import "fmt"

type Box struct{ N int }

func (b Box) Get() int   { return b.N }
func (b *Box) Set(n int) { b.N = n }

type Getter interface{ Get() int }

func main() {
	b := Box{1}
	var g Getter = b
	b.N = 2
	fmt.Println(g.Get(), b.Get())
	var gp Getter = &b
	b.N = 3
	fmt.Println(gp.Get())
	gp.(*Box).Set(4)
	fmt.Println(b.N)
	items := []interface{}{b, &b}
	b.N = 5
	fmt.Println(items[0].(Box).N, items[1].(*Box).N)
	arr := [2]int{1, 2}
	var ai interface{} = arr
	arr[0] = 100
	fmt.Println(ai, arr)
	s := []int{1, 2}
	var si interface{} = s
	s[0] = 100
	fmt.Println(si)
}
