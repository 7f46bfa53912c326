package main

import "fmt"

type Key struct {
	A string
	B int
}

func main() {
	m1 := map[string]int{"pear": 3, "apple": 1, "fig": 7, "banana": 2}
	fmt.Println(m1)
	m2 := map[int]string{10: "ten", -1: "minus one", 3: "three", 0: "zero"}
	fmt.Println(m2)
	m3 := map[float64]bool{2.5: true, -1: false, 0: true}
	fmt.Println(m3)
	m4 := map[Key]int{{"b", 1}: 1, {"a", 2}: 2, {"a", 1}: 3}
	fmt.Println(m4)
	m5 := map[bool]string{true: "yes", false: "no"}
	fmt.Println(m5)
	m6 := map[rune]int{'z': 1, 'a': 2}
	fmt.Println(m6)
	fmt.Printf("%v %d\n", m6, len(m6))
	var nilMap map[string]int
	fmt.Println(nilMap, len(nilMap), nilMap["x"])
	m7 := map[string]map[string]int{"x": {"b": 1, "a": 0}, "w": {}}
	fmt.Println(m7)
}
