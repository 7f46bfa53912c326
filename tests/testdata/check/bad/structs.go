package main

type A struct {
	a []int
}

type B struct {
	A
	m map[string]int
}

func main() {
	var x, y A
	_ = x == y
	var b1, b2 B
	_ = b1 == b2
	var arr1, arr2 [2][]int
	_ = arr1 == arr2
	k := map[A]int{}
	_ = k
	var f1, f2 func()
	_ = f1 == f2
	_ = x.a == nil
}
