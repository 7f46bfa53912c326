package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	n := &Node{Val: 1.5}
	fmt.Println("first:", n.Val)
	fmt.Println("next is nil:", n.Next == nil)
	fmt.Println(n.Next.Val)
}
