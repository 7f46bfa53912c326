package main

import (
	"errors"
	"fmt"
)

type Point struct{ X, Y int }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x+1)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case bool, float64:
		return fmt.Sprintf("bool or float64: %v (%T)", x, x)
	case []int:
		return fmt.Sprintf("slice len %d", len(x))
	case Point:
		return fmt.Sprintf("point %d", x.X+x.Y)
	case *Point:
		return fmt.Sprintf("ptr to point %d", x.X)
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []interface{}{Sprint, 41, "hello", true, 2.5, []int{1, 2}, Point{1, 2}, &Point{7, 8}, errors.New("oops"), 'r', map[string]int{}}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	var i interface{} = 10
	switch i.(type) {
	case int, int64:
		fmt.Println("some integer")
	}
}
