package main

import (
	"fmt"
	"sort"
)

func topN(scores map[string]int, n int) []string {
	type entry struct {
		name  string
		score int
	}
	var es []entry
	for k, v := range scores {
		es = append(es, entry{k, v})
	}
	sort.Slice(es, func(i, j int) bool {
		if es[i].score == es[j].score {
			return es[i].name < es[j].name
		}
		return es[i].score > es[j].score
	})
	var out []string
	for i := 0; i < n && i < len(es); i++ {
		out = append(out, fmt.Sprintf("%s=%d", es[i].name, es[i].score))
	}
	return out
}

func main() {
	scores := map[string]int{"a": 5, "b": 9, "c": 5, "d": 1}
	fmt.Println(topN(scores, 3))
	fmt.Println(topN(scores, 10))
	type celsius float64
	temps := []celsius{21.5, 19, 23.25}
	var sum celsius
	for _, t := range temps {
		sum += t
	}
	fmt.Printf("%.2f %T\n", sum/celsius(len(temps)), sum)
}
