package main

func main() {
	for i, v := range 10 {
		_, _ = i, v
	}
	var ch chan<- int
	for v := range ch {
		_ = v
	}
	var f float64
	for range f {
	}
	var c chan int
	for a, b := range c {
		_, _ = a, b
	}
	for i := range 3 {
	}
}
