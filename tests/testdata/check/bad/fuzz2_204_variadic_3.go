package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func join(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func info(xs ...int) string {
	return fmt.Sprintf("len=%d nil=%v", len(xs), xs == nil)
}

func mutate(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 100
	}
}

func logf(format string, args ...interface{}) {
	fmt.Printf("[log] "+format+[]int{}, args...)
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...))
	fmt.Println(join("-", "a", "b", "c"), join("+"))
	fmt.Println(info(), info(1, 2), info(nums...))
	mutate(nums...) // the slice is passed as-is
	fmt.Println(nums)
	mutate(7, 8)
	logf("%s=%d", "x", 10)
	logf("no args")
	all := append([]interface{}{"first"}, 2, 3.5)
	fmt.Println(all...)
}
