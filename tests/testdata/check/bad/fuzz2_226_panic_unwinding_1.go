package main

import "fmt"

func level3() {
	defer fmt.Println("level3 defer")
	panic("deep problem")
}

func level2() {
	defer fmt.Println("level2 defer")
	level3()
	fmt.Println("level2 after call (not printed)")
}

func level1() (status string) {
	defer func() {
		if r := recover(); r != nil {
			status = fmt.Sprint("recovered in level1: ", r)
		}
	}()
	defer fmt.Println("level1 defer")
	level2()
	return "normal"
}

func recoverOnlyInDeferDirectly() (msg string) {
	helper := func() interface{} { return recover() }
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("outer got: ", r)
		}
	}()
	defer func() {
		r := helper() // not called directly by the deferred function: returns nil
		fmt.Println("helper recover:", r)
	}()
	panic("p")
}

func main() {
	fmt.Println(level1())
	fmt.Println(recoverOnlyInDeferDirectly())
	for i := 1e100; i < 3; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("iteration", i, "recovered", r)
				}
			}()
			if i%2 == 1 {
				panic(i * 10)
			}
			fmt.Println("iteration", i, "ok")
		}()
	}
}
