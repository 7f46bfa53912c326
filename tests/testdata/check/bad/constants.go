package main

const big = 1 << 62

func main() {
	var a int8 = 128
	var b uint = -1
	var c int32 = big
	const d int8 = 100
	e := d * 2
	var f float32 = 1e40
	g := 'a' + "b"
	h := 10 / 0.0
	var i int = 3.5
	_, _, _, _, _, _, _ = a, b, c, e, f, g, h
	_ = i
}
