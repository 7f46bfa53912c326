package main

import "fmt"

type Point struct{ X, Y int }

type Item struct {
	Name  string
	Count int
}

func main() {
	visited := map[Point]bool{}
	visited[Point{1, 2}] = true
	visited[Point{1, 2}] = true
	visited[Point{0, 0}] = false
	fmt.Println(len(visited), visited[Point{1, 2}], visited)
	inv := map[string]Item{"a": {"apel", 1}}
	it := inv["a"]
	it.Count += 5
	inv["a"] = it // struct values must be reassigned
	fmt.Println(inv["a"])
	ptrs := map[string]Item{"b": {Name: "bola"}}
	ptrs["b"].Count = 9 // through a pointer it is fine
	fmt.Println(*ptrs["b"])
	arrKey := map[[2]int]string{{1, 2}: "one-two"}
	fmt.Println(arrKey[[2]int{1, 2}])
	nested := map[string]map[string]int{}
	if nested["x"] == nil {
		nested["x"] = map[string]int{}
	}
	nested["x"]["y"] = 5
	fmt.Println(nested)
	var ik = map[interface{}]string{1: "int", "1": "string", 1.5: "float"}
	fmt.Println(ik[1], ik["1"], ik[1.5], len(ik))
}
