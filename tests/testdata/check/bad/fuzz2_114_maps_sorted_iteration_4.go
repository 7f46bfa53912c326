package main

import (
	"fmt"
	"sort"
)

func main() {
	scores := map[string]int{
		"zaki": 70, "ayu": 95, "made": 88, "budi": 81, "lina": 88,
	}
	keys := make([]string, 0, len(scores))
	for k := range scores {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-5s %d\n", k, scores[k])
	}
	// fmt prints maps with sorted keys
	fmt.Println(scores)
	fmt.Println(map[int]string{3: "c", 1: "a", 2: "b"})
	fmt.Printf([]int{}, map[float64]bool{2.5: true, -1: false})
	// sum is independent of iteration order
	total := 0
	for _, v := range scores {
		total += v
	}
	fmt.Println("total", total)
	// sort by value desc, then name
	sort.Slice(keys, func(i, j int) bool {
		if scores[keys[i]] != scores[keys[j]] {
			return scores[keys[i]] > scores[keys[j]]
		}
		return keys[i] < keys[j]
	})
	fmt.Println(keys)
	// deleting during iteration is allowed
	for k := range scores {
		if scores[k] < 85 {
			delete(scores, k)
		}
	}
	fmt.Println(len(scores), scores)
}
