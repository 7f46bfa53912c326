package main

import "fmt"

func loopdecl() {
	for i := 0; i < 3; i++ {
		var s []int
		s = append(s, 1)
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
}

func mk() {
	s := make([]int, 0)
	s = append(s, 1)
	t := make([]int, 0, 1)
	t = append(t, 1)
	t = append(t, 2)
	fmt.Println(cap(s), cap(t))
}

func other() {
	o := []int{1, 2}
	s := o[:0]
	s = append(s, 5)
	fmt.Println(cap(s), o[0])
}

func lit() {
	f := func() int {
		var s []int64
		s = append(s, 1)
		return cap(s)
	}
	fmt.Println(f(), f())
}

func structs() {
	type P struct{ A, B, C int64 }
	var s []P
	s = append(s, P{})
	type Q struct{ A, B int64 }
	var q []Q
	q = append(q, Q{}, Q{}, Q{})
	var r []Q
	r = append(r, Q{})
	r = append(r, Q{})
	r = append(r, Q{})
	fmt.Println(cap(s), cap(q), cap(r))
}

func reuse() {
	var s []int
	for round := 0; round < 2; round++ {
		s = s[:0]
		for i := 0; i < 6; i++ {
			s = append(s, i)
		}
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
}

func elems() {
	var s []int
	s = append(s, 1)
	x := s[0]
	s[0] = 5
	s = append(s, s[0]+x)
	fmt.Println(len(s), cap(s))
}

func main() {
	loopdecl()
	mk()
	other()
	lit()
	structs()
	reuse()
	elems()
	done := make(chan int)
	go func() {
		var s []int32
		for i := 0; i < 9; i++ {
			s = append(s, 1)
		}
		done <- cap(s)
	}()
	fmt.Println(<-done)
}
