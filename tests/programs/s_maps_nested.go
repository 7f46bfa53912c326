package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	graph := map[string][]string{}
	graph["a"] = append(graph["a"], "b")
	graph["a"] = append(graph["a"], "c")
	graph["b"] = append(graph["b"], "c")
	fmt.Println(graph, len(graph["zzz"]))
	nested := map[string]map[string]int{}
	if nested["x"] == nil {
		nested["x"] = map[string]int{}
	}
	nested["x"]["y"] = 5
	fmt.Println(nested, nested["q"]["r"])
	grid := map[Point]string{{0, 0}: "origin"}
	grid[Point{1, 2}] = "p"
	fmt.Println(grid[Point{0, 0}], grid[Point{1, 2}], len(grid))
	type key [2]int
	seen := map[key]bool{}
	seen[key{1, 1}] = true
	fmt.Println(seen[key{1, 1}], seen[key{1, 2}])
	var ik map[interface{}]int = map[interface{}]int{}
	ik[1] = 1
	ik["1"] = 2
	ik[1.0] = 3
	fmt.Println(len(ik), ik[1], ik["1"])
	structVals := map[string]Point{"p": {1, 2}}
	p := structVals["p"]
	p.X = 10
	fmt.Println(structVals["p"], p)
	ptrVals := map[string]*Point{"p": {1, 2}}
	ptrVals["p"].X = 10
	fmt.Println(*ptrVals["p"])
}
