package main

import (
	"fmt"
	"sort"
	"strings"
)

type Key struct {
	A string
	B int
}

func main() {
	var s []int
	caps := []int{}
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if len(caps) == 0 || caps[len(caps)-1] != cap(s) {
			caps = append(caps, cap(s))
		}
	}
	fmt.Println(caps, len(fmt.Sprint(s)))
	var bs []byte
	bs = append(bs, "hello"...)
	fmt.Println(len(bs), cap(bs), string(bs))
	type T struct {
		a, b, c int64
	}
	var ts []T
	for i := 0; i < 5; i++ {
		ts = append(ts, T{})
		fmt.Print(cap(ts), " ")
	}
	fmt.Println()
	m := map[Key]int{{"x", 1}: 1, {"y", 2}: 2}
	m[Key{"x", 1}] += 10
	fmt.Println(m, len(m))
	delete(m, Key{"y", 2})
	_, ok := m[Key{"y", 2}]
	fmt.Println(ok, m)
	counts := map[string]int{}
	for _, w := range strings.Fields("b a c a b a") {
		counts[w]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%d ", k, counts[k])
	}
	fmt.Println()
	str := "héllo, 世界\xff!"
	for i, r := range str {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println(len(str), []byte(str)[1], []rune(str)[1])
	var ifm = map[interface{}]string{1: "int", "1": "string", 1.5: "float"}
	fmt.Println(ifm[1], ifm["1"], ifm[1.5], len(ifm))
	x := []int{1, 2, 3, 4, 5}
	y := x[1:3:4]
	y = append(y, 10)
	y = append(y, 11)
	fmt.Println(x, y, len(y), cap(y))
	n := copy(x, x[2:])
	fmt.Println(n, x)
	var nilm map[string]int
	fmt.Println(nilm["q"], len(nilm), nilm == nil)
	for k, v := range map[int]int{} {
		fmt.Println(k, v)
	}
	mm := map[int]bool{1: true, 2: true, 3: true, 4: true}
	seen := 0
	for k := range mm {
		delete(mm, k)
		seen++
	}
	fmt.Println(seen, len(mm))
	fmt.Printf("%v %+v %T %q %x %5.2f|%-5d|%05d %t %c %U\n", Key{"k", 1}, Key{"k", 1}, Key{}, "q\"s", 255, 3.14159, 42, 42, true, 'G', 'G')
	fmt.Printf("%v %v %v %v\n", []string{"a"}, map[string]int{"z": 1, "a": 2}, &Key{"p", 2}, [2]bool{true})
	var ip *int
	var e error
	fmt.Println(ip, e, []int(nil), map[string]int(nil))
}
