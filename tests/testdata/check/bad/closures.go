package main

func main() {
	fns := []func(){}
	for i := 0; i < 3; i++ {
		fns = append(fns, func() { x := i })
	}
	go func() {
		y := 1
	}()
	f := func(a int) string { return a }
	_ = f
}
