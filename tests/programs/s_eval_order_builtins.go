package main

import "fmt"

type T struct{ A int }

func main() {
	s := []int{1, 2, 3}
	mod := func() int { s[0] = 100; s = s[:2]; return 0 }
	fmt.Println(s[:1], mod(), s[:1], s)
	var x any = T{1}
	setx := func() int { x = T{2}; return 0 }
	fmt.Println(x.(T), setx(), x.(T), x)
	p := &T{1}
	var y any = p
	sety := func() int { y = &T{2}; return 0 }
	fmt.Println(y.(*T).A, sety(), y.(*T).A)
	str := "ab"
	sets := func() int { str = "cd"; return 0 }
	fmt.Println([]byte(str), sets(), []byte(str), string([]byte(str)), str+"!")
	str = "ab"
	fmt.Println(str+"!", sets(), str)
	a := [3]int{1, 2, 3}
	seta := func() int { a[0] = 9; return 0 }
	fmt.Println(a, seta(), a[0], len(a))
	n := 5
	setn := func() int { n = 6; return n }
	fmt.Println(n > 5, setn(), n == 6, !(n > 5), float64(n))
	fmt.Printf("%d %d %v\n", n, setn(), []int{n})
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	fmt.Println(len(ch), <-ch, cap(ch), len(ch), <-ch)
	m := map[string]int{"a": 1}
	setm := func() int { m["a"] = 2; m["b"] = 3; return 0 }
	fmt.Println(m["a"], len(m), setm(), m["a"], len(m), m)
}
