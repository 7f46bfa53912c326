package main

import "fmt"

type Doc struct {
	Title string
	Tags  []string
	Meta  map[string]string
	Size  [2]int
}

func main() {
	a := Doc{"a", []string{"x", "y"}, map[string]string{"k": "v"}, [2]int{1, 2}}
	b := a
	b.Title = "b"
	b.Tags[0] = "CHANGED"
	b.Meta["k"] = "CHANGED"
	b.Size[0] = 100
	fmt.Printf("%+v\n", a)
	fmt.Printf("%+v\n", b)
	b.Tags = append(b.Tags, "z")
	b.Tags[1] = "only b"
	fmt.Println(a.Tags, b.Tags)
	c := a
	c.Tags = append([]string(nil), a.Tags...)
	c.Tags[0] = "deep"
	fmt.Println(a.Tags[0], c.Tags[0])
}
