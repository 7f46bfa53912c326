package main

import (
	"errors"
	"fmt"
)

type Stringer interface{ String() string }
type ID int

func (id ID) String() string { return fmt.Sprintf("ID-%d", int(id)) }

func kind(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x+1)
	case int8, int16:
		return fmt.Sprintf("small int %v (%T)", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case error:
		return "error " + x.Error()
	case Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprint("slice ", len(x))
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	values := []interface{}{nil, 1, int8(2), int16(3), "hey", errors.New("bad"), ID(7),
		[]int{1, 2}, func() int { return 9 }, 2.5, map[string]int{}}
	for _, v := range values {
		fmt.Println(kind(v))
	}
	var i interface{} = 3
	switch i.(type) {
	case int, string:
		fmt.Println("int or string")
	}
}
