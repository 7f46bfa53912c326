package main

type T struct{ a []int }

func main() {
	var s string
	var n int
	var f float64
	var t1, t2 T
	_ = s + n
	_ = n + f
	_ = !n
	_ = -s
	_ = n % f
	_ = s && true
	_ = t1 == t2
	_ = n << f
	_ = s[1.5]
	var m map[[]int]int
	_ = m
	var p *int
	_ = p.x
	_ = &n == nil
	_ = *n
}
