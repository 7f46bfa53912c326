package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	ints := []int{5, 2, 8, -1, 0}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"banana", "Apple", "cherry", "apple"}
	sort.Strings(strs)
	fmt.Println(strs)
	fl := []float64{2.5, -1, 3.25}
	sort.Float64s(fl)
	fmt.Println(fl)
	people := []Person{{"A", 30}, {"B", 20}, {"C", 25}, {"D", 20}}
	sort.Sort(ByAge(people))
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people)
	sort.Slice(ints, func(i, j int) bool { return ints[i] > ints[j] })
	fmt.Println(ints)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	idx := sort.SearchInts(ints, 5)
	fmt.Println(idx, sort.SearchInts(ints, 3))
	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(i)
	words := []string{"ccc", "a", "bb", "dd"}
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)
}
