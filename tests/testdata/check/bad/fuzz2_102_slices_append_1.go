package main

import "fmt"

func main() {
	var s []int
	lastCap := -1
	for i := 0; i < 17; i++ {
		s = append(s, i)
		if cap(s) != lastCap {
			fmt.Printf("len=%d cap=%d\n", len(s), cap(s))
			lastCap = cap(s)
		}
	}
	fmt.Println(s)
	t := make([]string, 2, 1.5)
	fmt.Println(len(t), cap(t), t)
	t = append(t, "a", "b")
	fmt.Printf("%q %d %d\n", t, len(t), cap(t))
	u := append([]int{1, 2}, []int{3, 4, 5}...)
	fmt.Println(u, len(u))
	bs := append([]byte("hello "), "world"...)
	fmt.Println(string(bs))
	m := make([]int, 3)
	fmt.Println(m, len(m), cap(m))
	m = append(m[:1], m[2:]...)
	fmt.Println(m)
	// remove element at index 1
	r := []string{"a", "b", "c", "d"}
	r = append(r[:1], r[2:]...)
	fmt.Println(r, len(r))
	// insert at index 1
	r = append(r[:1], append([]string{"X"}, r[1:]...)...)
	fmt.Println(r)
}
