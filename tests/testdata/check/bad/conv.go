package main

func main() {
	var s string = "a"
	var f float64 = 1.5
	_ = int(s)
	_ = string(f)
	_ = int(2.5)
	_ = uint8(-1)
	_ = float32(1e300)
	type A struct{ x int }
	type B struct{ y int }
	_ = B(A{})
	_ = string(65)
	_ = bool(1)
}
