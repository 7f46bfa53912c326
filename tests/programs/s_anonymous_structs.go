package main

import (
	"fmt"
	"sort"
)

func main() {
	config := struct {
		Host string
		Port int
	}{"localhost", 8080}
	fmt.Printf("%+v\n", config)
	tests := []struct {
		in   int
		want string
	}{
		{1, "one"},
		{2, "two"},
		{3, "three"},
	}
	names := map[int]string{1: "one", 2: "two", 3: "tree"}
	for _, tc := range tests {
		got := names[tc.in]
		status := "ok"
		if got != tc.want {
			status = "FAIL"
		}
		fmt.Printf("%d: got %q want %q %s\n", tc.in, got, tc.want, status)
	}
	var point struct{ X, Y int }
	point.X = 5
	fmt.Println(point)
	people := []struct {
		Name string
		Age  int
	}{{"Z", 3}, {"A", 9}, {"M", 1}}
	sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	type named struct{ X, Y int }
	var n named = point
	fmt.Println(n)
}
