package main

import "fmt"

func catch(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			if err, ok := r.(error); ok {
				fmt.Println("  is error:", err.Error())
			}
		}
	}()
	f()
}

type T struct{ x int }

func main() {
	s := []int{1, 2, 3}
	i := 5
	catch(func() { _ = s[i] })
	catch(func() { _ = s[1:i] })
	catch(func() { j := 2; _ = s[j:1] })
	var m map[string]int
	catch(func() { m["a"] = 1 })
	var p *T
	catch(func() { fmt.Println(p.x) })
	zero := 0
	catch(func() { fmt.Println(10 / zero) })
	var x interface{} = "str"
	catch(func() { fmt.Println(x.(int)) })
	var arr [4]int
	k := -1
	catch(func() { arr[k+5] = 1 })
	str := "abc"
	catch(func() { _ = str[10] })
	fmt.Println("survived")
}
