package main

type T struct{}

func (t *T) M() {}

func f() {}

func main() {
	x := f()
	var n int
	n()
	T{}.M()
	_ = append(n, 1)
	_ = len(n)
	_ = make(int)
	_ = make([]int)
	delete(n, 1)
	close(n)
	var ch <-chan int
	close(ch)
	ch <- 1
	_ = cap()
	_ = new(1, 2)
	copy(n, n)
	_ = x
	_ = 0
	defer int(1)
	defer len("a")
}
