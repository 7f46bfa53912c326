package main

func a() int {
	return
}

func b() (int, string) {
	return 1
}

func c() {
	return 1
}

func d() (x int) {
	{
		x := 2
		_ = x
		return
	}
}

func main() {}
