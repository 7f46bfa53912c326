package main

import (
	"fmt"
	"sort"
	"strings"
)

const text = `the quick brown fox jumps over the lazy dog
The dog barks; the fox runs.`

func main() {
	counts := map[string]int{}
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.Trim(w, ".;,")
		counts[w]++
	}
	type wc struct {
		word  string
		count int
	}
	var list []wc
	for w, c := range counts {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	for _, e := range list[:5] {
		fmt.Printf("%-6s %d\n", e.word, e.count)
	}
	fmt.Println(len(counts), "distinct words")
}
