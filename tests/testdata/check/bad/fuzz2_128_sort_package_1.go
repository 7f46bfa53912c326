package main

import (
	"fmt"
	"sort"
)

type Student struct {
	Name  string
	Score int
}

type ByName []Student

func (b ByName) Len() int           { return len(b) }
func (b ByName) Less(i, j int) bool { return b[i].Name < b[j].Name }
func (b ByName) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	ints := []int{5, 2, 8, 1, 9, 3}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"pear", nil, "fig", "Banana"}
	sort.Strings(strs)
	fmt.Println(strs)
	fl := []float64{2.5, -1, 3.25}
	sort.Float64s(fl)
	fmt.Println(fl)
	studs := []Student{{"Dina", 80}, {"Andi", 95}, {"Caca", 80}, {"Beni", 70}}
	sort.SliceStable(studs, func(i, j int) bool { return studs[i].Score > studs[j].Score })
	fmt.Println(studs)
	sort.Sort(ByName(studs))
	fmt.Println(studs)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	sorted := []int{1, 3, 5, 7, 9}
	fmt.Println(sort.SearchInts(sorted, 7), sort.SearchInts(sorted, 4))
	idx := sort.Search(len(sorted), func(i int) bool { return sorted[i] >= 6 })
	fmt.Println(idx)
}
