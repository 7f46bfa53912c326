package main

type I interface{ M() }
type T struct{}

func main() {
	var i I
	switch x := i.(type) {
	case T:
	}
	var n int
	switch n.(type) {
	}
	_ = i.(T)
}
