package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  Belajar Golang Goroutines  "
	fmt.Printf("[%s]\n", strings.TrimSpace(s))
	fmt.Println(strings.ToUpper("mixed Case"), strings.ToLower("MIXED Case"))
	fmt.Println(strings.Contains("seafood", "foo"), strings.Contains("seafood", "bar"))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"))
	parts := strings.Split("a,b,,c", ",")
	fmt.Println(len(parts), parts)
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("=", 10))
	f := strings.Fields("  one two\tthree\n four  ")
	fmt.Println(len(f), f)
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.IndexByte("abc", 'c'))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"), strings.TrimPrefix("prefix-body", "prefix-"))
	fmt.Println(strings.TrimSuffix("file.go", ".go"), strings.ToTitle("go"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.SplitN("a,b,c,d", ",", 1.5))
	fmt.Println(strings.Compare("a", "b"), strings.ContainsRune("abc", 'b'), strings.ContainsAny("hi", "xyz"))
}
