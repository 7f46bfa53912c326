package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Val         int
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func (t *Tree) Walk(visit func(int)) {
	if t == nil {
		return
	}
	t.Left.Walk(visit)
	visit(t.Val)
	t.Right.Walk(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Height(), t.Right.Height())
}

func main() {
	var root *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35} {
		root = insert(root, v)
	}
	var vals []int
	root.Walk(func(v int) { vals = append(vals, v) })
	fmt.Println(vals)
	fmt.Println("height", root.Height())
	var empty *Tree
	fmt.Println(empty.Height())
}
