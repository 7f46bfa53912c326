package main

import "fmt"

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func info(args ...interface{}) {
	fmt.Println(len(args), args == nil, args)
}

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 99
	}
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...))
	fmt.Println(join("-", "a", "b", "c"), join(","))
	info()
	info(1, "two", nil)
	info([]interface{}{1, 2}...)
	info(nil...)
	modify(nums...)
	fmt.Println(nums)
	modify(1, 2)
	fmt.Println(append([]int{1}, nums...))
	fmt.Println(append([]byte("ab"), "cd"...))
}
