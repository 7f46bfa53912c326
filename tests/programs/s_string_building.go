package main

import (
	"fmt"
	"strings"
)

func main() {
	s := ""
	for i := 0; i < 5; i++ {
		s += fmt.Sprint(i)
	}
	fmt.Println(s)
	lines := []string{}
	for i := 1; i <= 3; i++ {
		lines = append(lines, strings.Repeat("*", i))
	}
	fmt.Println(strings.Join(lines, "\n"))
	table := [][]string{{"name", "qty"}, {"apple", "3"}, {"kiwi", "12"}}
	for _, row := range table {
		fmt.Printf("%-6s%4s\n", row[0], row[1])
	}
	title := "go is fun"
	words := strings.Fields(title)
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	fmt.Println(strings.Join(words, " "))
	fmt.Println(strings.Index("chicken", "ken"), strings.LastIndexByte("abcabc", 'b'))
	fmt.Println(strings.IndexRune("chicken", 'k'), strings.IndexAny("golang", "ny"))
	fmt.Println(strings.ContainsFunc("abc", func(r rune) bool { return r == 'c' }))
}
