package main

import "fmt"

type Stack struct {
	items []int
}

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

func (s *Stack) Pop() (int, bool) {
	if len(s.items) == 0 {
		return 0, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Queue []string

func (q *Queue) Enqueue(s string) { *q = append(*q, s) }

func (q *Queue) Dequeue() string {
	old := *q
	s := old[0]
	*q = old[1:]
	return s
}

func main() {
	var s Stack
	for i := 1; i <= 4; i++ {
		s.Push(i * i)
	}
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	var q Queue
	q.Enqueue("a")
	q.Enqueue("b")
	q.Enqueue("c")
	fmt.Println(q.Dequeue(), q.Dequeue(), len(q), q)
}
