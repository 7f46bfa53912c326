package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s), s)
	fmt.Printf("%v %#v\n", s, s)
	e := []int{}
	fmt.Println(e == nil, len(e), e)
	fmt.Printf(nil, e)
	for range s {
		fmt.Println("never")
	}
	s = append(s, 1)
	fmt.Println(s == nil, s)
	var m []string
	fmt.Println(len(m[0:0]), m[:0] == nil)
	mk := make([]int, 0)
	fmt.Println(mk == nil)
	var grid [][]int
	grid = append(grid, nil, []int{1})
	fmt.Println(len(grid), grid[0] == nil, grid)
	var ss []string
	ss = append(ss, ss...)
	fmt.Println(ss == nil)
}
