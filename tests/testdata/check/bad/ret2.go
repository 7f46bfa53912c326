package main

func a(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return -1
	}
}

func b(x int) int {
	switch x {
	case 1:
		return 1
	default:
		return 0
	}
}

func c(x int) int {
	for {
		if x > 0 {
			break
		}
	}
}

func d(x int) int {
	for x > 0 {
		return 1
	}
}

func e() int {
	panic("x")
}

func f(ch chan int) int {
	select {
	case <-ch:
		return 1
	}
}

func g(x any) int {
	switch x.(type) {
	case int:
		return 1
	}
}

func main() {}
