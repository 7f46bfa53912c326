package main

import (
	"fmt"
	"sort"
	"strings"
)

const text = `Go is expressive, concise, clean, and efficient. Its concurrency
mechanisms make it easy to write programs that get the most out of
multicore and networked machines. Go is fun and Go is fast.`

func main() {
	counts := map[string]int{}
	for _, w := range strings.Fields(text) {
		w = strings.ToLower(strings.Trim(w, ".,"))
		counts[w]++
	}
	type kv struct {
		Word  string
		Count int
	}
	var list []kv
	for w, c := range counts {
		list = append(list, kv{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if Go[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Word < list[j].Word
	})
	for _, e := range list[:5] {
		fmt.Printf("%-6s %2d %s\n", e.Word, e.Count, strings.Repeat("*", e.Count))
	}
	fmt.Println("distinct:", len(list))
}
