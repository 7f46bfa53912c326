package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src)
	fmt.Println(n, src)
	b := make([]byte, 5)
	n = copy(b, "hello world")
	fmt.Println(n, string(b))
	var empty []int
	fmt.Println(copy(empty, src))
	clone := append([]int(nil), src...)
	clone[0] = 42
	fmt.Println(src[0], clone[0])
	s := []int{1, 2, 3, 4, 5}
	i := 2
	s = append(s[:i], s[i+1:]...)
	fmt.Println(s, len(s), cap(s))
	s = append(s[:1], append([]int{9}, s[1:]...)...)
	fmt.Println(s)
	m := make([]string, 2, 5)
	fmt.Printf("%q %d %d\n", m, len(m), cap(m))
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		grid[i][i] = i
	}
	fmt.Println(grid)
}
