package main

import "fmt"

type St struct{ A int }

func (s St) String() string { return "St!" }

type Q struct {
	S    string
	P    *int
	Sub  St
	List []St
}

func main() {
	fmt.Printf("%z\n", []St{{1}})
	fmt.Printf("%d\n", Q{S: "x", Sub: St{2}, List: []St{{3}}})
	fmt.Printf("%d %x %q\n", []string{"a"}, []string{"ab", "c"}, []string{"a\n", "b"})
	fmt.Printf("%t %d\n", 1, true)
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d\n", map[string]St{"k": {1}})
	fmt.Printf("%x %X % x %#x\n", "hello", []byte("hi"), "abc", "abc")
}
