package main

func takes(b byte, rs []rune) {}

func main() {
	var b byte
	b = 256
	x := byte(300)
	r := 'a'
	var s string = r
	var u uint8 = b
	var bs []byte = "x"
	var i int = bs
	var m map[string]rune = nil
	var k int = m
	takes(300, nil)
	for _, c := range "abc" {
		var t string = c
		_ = t
	}
	y := b
	var z string = y
	_, _, _, _, _ = x, s, u, i, k
	_ = z
}
