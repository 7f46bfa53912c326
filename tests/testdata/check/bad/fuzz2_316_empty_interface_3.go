package main

import "fmt"

func kind(v interface{}) string {
	return fmt.Sprintf("%v:%T", v, v)
}

func main() {
	var anything interface{}
	fmt.Println(anything, kind(anything))
	anything = 42
	fmt.Println(kind(anything))
	anything = "text"
	fmt.Println(kind(anything))
	anything = []interface{}{1, "a", nil, 2.5}
	fmt.Println(kind(anything))
	var a any = true
	fmt.Println(kind(a))
	bag := map[string]interface{}{
		[]int{}: "Budi",
		"age":  30,
		"tags": []string{"x"},
	}
	fmt.Println(bag)
	if age, ok := bag["age"].(int); ok {
		fmt.Println("age next year", age+1)
	}
	fmt.Println(bag["missing"] == nil)
	var i1, i2 interface{} = 3, 3
	var i3 interface{} = int64(3)
	fmt.Println(i1 == i2, i1 == i3)
	list := []any{1, 2, 3}
	total := 0
	for _, v := range list {
		total += v.(int)
	}
	fmt.Println(total)
}
