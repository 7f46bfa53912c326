package main

import "fmt"

func add(a int, b int) int {
	return a +
}

func greet(name string) {
	fmt.Println("hello" name)
}

func main() {
	nums := []int{1, 2, 3
	}
	for i := 0; i < 3; i++ {
		fmt.Println(nums[i]
	}
	greet("x")
}
