package main

import "fmt"

func main() {
	s := []string{"a", "b", "c"}
	for i := range s {
		fmt.Print(i)
	}
	fmt.Println()
	for _, v := range s {
		fmt.Print(v)
	}
	fmt.Println()
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		fmt.Print(i, v, " ")
	}
	fmt.Println(arr)
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	nums := []int{1, 2}
	for _, v := range nums {
		nums = append(nums, v*10)
	}
	fmt.Println(nums)
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	close(ch)
	for v := range ch {
		fmt.Print(v)
	}
	fmt.Println()
	var n int64 = 3
	for i := range n {
		fmt.Printf("%T %d ", i, i)
	}
	fmt.Println()
	for i := range 0 {
		fmt.Println("never", i)
	}
	var nilSlice []int
	for range nilSlice {
		fmt.Println("never")
	}
	fmt.Println("done")
}
