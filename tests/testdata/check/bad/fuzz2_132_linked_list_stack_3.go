package main

import (
	"errors"
	"fmt"
	"strings"
)

type node struct {
	val  int
	next *node
}

type List struct {
	head *node
	size int
}

func (l *List) PushFront(v int) {
	l.head = &node{v, l.head}
	l.size++
}

func (l *List) Reverse() {
	var prev node
	for cur := l.head; cur != nil; {
		next := cur.next
		cur.next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	for n := l.head; n != nil; n = n.next {
		if n != l.head {
			sb.WriteString(" -> ")
		}
		fmt.Fprint(&sb, n.val)
	}
	sb.WriteString("]")
	return sb.String()
}

type Stack struct{ items []string }

var ErrEmpty = errors.New("stack is empty")

func (s *Stack) Push(v string) { s.items = append(s.items, v) }

func (s *Stack) Pop() (string, error) {
	if len(s.items) == 0 {
		return "", ErrEmpty
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func main() {
	l := &List{}
	for i := 1; i <= 5; i++ {
		l.PushFront(i * i)
	}
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l)
	var s Stack
	s.Push("a")
	s.Push("b")
	fmt.Println(s.Pop())
	fmt.Println(s.Pop())
	fmt.Println(s.Pop())
	_, err := s.Pop()
	fmt.Println(err == ErrEmpty, len(s.items))
}
