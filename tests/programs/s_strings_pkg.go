package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  The quick brown fox  "
	fmt.Printf("%q\n", strings.TrimSpace(s))
	fmt.Println(strings.ToUpper(s), strings.ToLower("ÀBC"))
	fmt.Println(strings.Contains(s, "quick"), strings.ContainsRune(s, 'z'), strings.ContainsAny(s, "xyz"))
	fmt.Println(strings.Index(s, "o"), strings.LastIndex(s, "o"), strings.Index(s, "cat"), strings.IndexByte(s, 'q'))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.Fields(s))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Println(strings.Repeat("ab", 3), strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Printf("%q %q\n", strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"))
	fmt.Printf("%q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"))
	fmt.Println(strings.ToTitle("loud"), strings.EqualFold("Go", "GO"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		return r
	}, "banana"))
	fmt.Println(strings.IndexFunc("abc1", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("a", "a"))
	fmt.Printf("%q\n", strings.TrimRight("abc\n\n", "\n"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", func(r rune) bool { return r < 'a' }))
}
