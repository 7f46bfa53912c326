package main

func main() {
	var i8 int8 = 127
	_ = i8 + 1
	const c int8 = 127
	_ = c + 1
	var u uint = 1
	_ = -u
	const cu uint = 1
	_ = -cu
	x := 10
	_ = x / 0
	_ = x % 0
	f := 1.0
	_ = f / 0
	_ = 1.0 / 0
	var i int = 1e3
	var j int = 1e100
	_, _ = i, j
	_ = 1 << -1
	_ = x << -1
	var s string
	_ = s << 1
	_ = ^1.5
}
