package main

var x = f()

func f() int { return 1 }

func init() {}
func init() {}

func main() {
	init()
	_ = x
}
