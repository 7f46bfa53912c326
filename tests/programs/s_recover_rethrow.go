package main

import "fmt"

func level3() {
	panic("deep problem")
}

func level2() {
	defer fmt.Println("level2 defer runs")
	level3()
	fmt.Println("not reached")
}

func level1() (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = fmt.Sprint("level1 caught: ", r)
		}
	}()
	level2()
	return "normal"
}

func noRecoverOutsideDefer() {
	r := recover()
	fmt.Println("recover outside panic:", r)
}

func main() {
	fmt.Println(level1())
	noRecoverOutsideDefer()
	defer func() {
		r := recover()
		fmt.Println("main recovered:", r)
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Println("inner recovered:", r)
			panic(fmt.Sprintf("re-panic(%v)", r))
		}()
		panic("original")
	}()
}
