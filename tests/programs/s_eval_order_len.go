package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 5
	fmt.Println("a:", len(ch), <-ch)
	ch <- 6
	n := 0
	inc := func() int { n++; return n }
	fmt.Println("b:", n, len(ch), <-ch, inc(), n)
	s := []int{1}
	grow := func() int { s = append(s, 2); return 0 }
	fmt.Println("c:", len(s), grow(), len(s))
	x := 1
	bump := func() int { x = 10; return 0 }
	fmt.Println("d:", x+1, bump(), -x, x*2)
	fmt.Println("e:", s[0], grow(), s[0])
	m := map[int]int{1: 1}
	mm := func() int { m[1] = 7; return 0 }
	fmt.Println("f:", m[1]+0, mm(), len(m))
}
