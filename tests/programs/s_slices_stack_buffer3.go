package main

import "fmt"

func f1() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(len(s), " ", cap(s), ";")
	}
	fmt.Println()
}
func f2() {
	s := []int{}
	for i := 0; i < 5; i++ {
		s = append(s, i)
		s[0] = s[len(s)-1] + 1
	}
	fmt.Println(cap(s), len(s))
}
func f3() {
	var s []int
	s = append(s, 1, 2)
	s = s[:0]
	s = append(s, 7)
	s = nil
	s = append(s, 8)
	fmt.Println(cap(s))
}
func f4() {
	var s []string
	s = append(s, "a")
	x := 0
	for i := range s {
		x += i
	}
	fmt.Println(cap(s), x)
}
func f5() {
	var s []byte
	for i := 0; i < 40; i++ {
		s = append(s, 'a')
		if i == 0 || i == 31 || i == 32 {
			fmt.Print(cap(s), " ")
		}
	}
	fmt.Println()
}
func f6() {
	var s []int
	s = append(s, 1, 2, 3, 4, 5)
	fmt.Println(cap(s))
}
func f7() {
	var s []int
	if len(s) == 0 {
		s = append(s, 1)
	}
	s = append(s, 2)
	fmt.Println(cap(s))
}
func main() {
	f1()
	f2()
	f3()
	f4()
	f5()
	f6()
	f7()
}
