package main

import (
	"fmt"
	"strconv"
)

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return "ID-" + strconv.Itoa(int(i)) }

func main() {
	var i interface{} = "hello"
	s := i.(string)
	fmt.Println(s)
	s2, ok := i.(string)
	n, ok := i.(int)
	fmt.Println(n, ok)
	f, ok := i.(float64)
	fmt.Println(f, ok)
	i = ID(7)
	if st, ok := i.(Stringer); ok {
		fmt.Println("stringer:", st.String())
	}
	if _, ok := i.(int); !ok {
		fmt.Println("ID is not int")
	}
	id := i.(ID)
	fmt.Println(int(id) + 1)
	var st Stringer = ID(9)
	back, ok := st.(ID)
	fmt.Println(back, ok)
	var empty interface{}
	_, ok = empty.(string)
	fmt.Println("nil interface assertion ok:", ok)
	values := []interface{}{1, "2", 3.0, ID(4)}
	sum := 0
	for _, v := range values {
		if n, ok := v.(int); ok {
			sum += n
		} else if s, ok := v.(string); ok {
			x, _ := strconv.Atoi(s)
			sum += x
		}
	}
	fmt.Println("sum of ints and numeric strings:", sum)
}
