package main

func two() (int, int) { return 1, 2 }

func main() {
	var a, b, c int
	a, b = 1
	a = two()
	a, b, c = two()
	a, b = 1, 2, 3
	const k = 1
	k = 2
	m := map[string]struct{ x int }{}
	m["a"].x = 1
	"a" = "b"
	_ = nil
	var v = nil
	x, y := 1
	var p, q int = 1
	_, _, _, _, _, _ = a, b, c, v, x, y
	_, _ = p, q
	z := two
	z = 1
}
