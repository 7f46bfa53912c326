package main

import (
	"fmt"
	"sort"
	"strings"
)

type Player struct {
	Name  string
	Team  string
	Score int
}

func main() {
	players := []Player{
		{"zoe", "red", 10}, {"adam", "blue", 30}, {"bob", "red", 30},
		{"cat", "blue", 10}, {"dan", "red", 20}, {"eve", "blue", 30},
	}
	sort.Slice(players, func(i, j int) bool {
		a, b := players[i], players[j]
		if a.Team != b.Team {
			return a.Team < b.Team
		}
		if a.Score != b.Score {
			return a.Score > b.Score
		}
		return a.Name < b.Name
	})
	for _, p := range players {
		fmt.Printf("%-5s %-4s %3d\n", p.Team, p.Name, p.Score)
	}
	words := strings.Fields("Banana apple Cherry date Elder fig")
	sort.Slice(words, func(i, j int) bool { return strings.ToLower(words[i]) < strings.ToLower(words[j]) })
	fmt.Println(words)
	fmt.Println(sort.StringsAreSorted(words))
}
