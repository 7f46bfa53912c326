package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func swap(a, b *int) { *a, *b = *b, *a }

func newInt(v int) *int { return &v }

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	p := &x
	*p += 10
	fmt.Println(x, *p, p == &x)
	pp := &p
	**pp = 0
	fmt.Println(x)
	a, b := newInt(5), newInt(5)
	fmt.Println(*a == *b, a == b)
	var head *Node
	for i := 3; i > 0; i-- {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	fmt.Println(head.Next.Next.Next == nil)
	arr := [3]int{1, 2, 3}
	ap := &arr
	ap[1] = 20
	fmt.Println(arr, len(ap))
	s := []int{1, 2}
	e := &s[0]
	*e = 7
	fmt.Println(s)
	var np *Node
	fmt.Println(np == nil, np)
}
