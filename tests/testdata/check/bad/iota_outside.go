package main

func main() {
	x := iota
	_ = x
	var _ = _
}
