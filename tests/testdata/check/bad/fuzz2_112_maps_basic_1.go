package main

import "fmt"

func main() {
	ages := map[string]int{"ani": 20, "budi": 25}
	fmt.Println(len(ages), ages["ani"], ages["zzz"])
	v, ok := ages["budi"]
	fmt.Println(v, ok)
	v, ok = ages["citra"]
	fmt.Println(v, ok)
	ages["citra"] = 30
	ages["ani"]++
	fmt.Println(len(ages), ages["ani"])
	delete(ages, "budi")
	delete(ages, "nobody")
	_, ok = ages["budi"]
	fmt.Println(ok, counts(ages))
	fmt.Println(ages)
	var nilMap map[string]int
	fmt.Println(nilMap == nil, len(nilMap), nilMap["x"])
	delete(nilMap, "x")
	m := make(map[int][]string)
	m[1] = append(m[1], "one")
	m[1] = append(m[1], "uno")
	m[2] = append(m[2], "two")
	fmt.Println(m, len(m[3]))
	counts := map[rune]int{}
	for _, r := range "banana" {
		counts[r]++
	}
	fmt.Println(counts['a'], counts['n'], counts['b'], len(counts))
	set := map[string]bool{}
	for _, w := range []string{"x", "y", "x"} {
		set[w] = true
	}
	fmt.Println(len(set), set["x"], set["q"])
	alias := ages
	alias["dewi"] = 1
	fmt.Println(len(ages))
}
