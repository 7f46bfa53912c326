package main

import "fmt"

type P struct{ X, Y int }

func main() {
	s := []int{1, 2, 3, 4, 5, 6}
	p := (*[2]int)(s[1:])
	*p = [2]int{7, 8}
	fmt.Println(s, p, *p)
	q := (*[2]int)(s[1:3])
	r := (*[2]int)(s[2:])
	fmt.Println(p == q, p == r)
	arr := *p
	arr[0] = 0
	fmt.Println(s, arr)
	copy(p[:], []int{9, 9, 9})
	fmt.Println(s)
	w := (*[6]int)(s)
	w[5] = 60
	fmt.Println(s, len(w), w)
	ps := []P{{1, 2}, {3, 4}, {5, 6}}
	pp := (*[2]P)(ps[1:])
	pp[0].X = 30
	fmt.Println(ps, *pp)
	a2 := [2]P(ps)
	a2[0].Y = 100
	fmt.Println(ps, a2)
	fmt.Printf("%v %+v\n", pp, pp)
	var x any = pp
	if t, ok := x.(*[2]P); ok {
		fmt.Println(t[1])
	}
	b := []byte("hello")
	bp := (*[3]byte)(b[2:])
	bp[0] = 'L'
	fmt.Println(string(b), string(bp[:]))
}
