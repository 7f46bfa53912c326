package main

func f(a int, b string) {}
func g(xs ...int) {}
func h() (int, string) { return 1, "a" }

func main() {
	f()
	f(1, 2)
	g(1, "a")
	f(h())
	var s []string
	g(s...)
	f(1, "a", 3)
}
