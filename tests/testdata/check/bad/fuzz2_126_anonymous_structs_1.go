package main

import "fmt"

func main() {
	cfg := struct {
		Host string
		Port int
	}{"localhost", 8080}
	fmt.Println(cfg.Host, cfg.Port)
	fmt.Printf("%+v\n", cfg)
	tests := []struct {
		in   int
		want int
	}{
		{1, 2},
		{5, 10},
		{-3, -6},
	}
	for _, tc := range tests {
		got := tc.in * 2
		fmt.Println(tc.in, got == tc.want)
	}
	var pt struct{ X, Y float64 }
	pt.X = 1.5
	fmt.Println(pt)
	type named struct {
		Host string
		Port int
	}
	n := named(cfg) // identical underlying types convert
	fmt.Println(n)
	nested := struct {
		Inner struct{ V int }
	}{}
	nested.Inner.V = 9
	fmt.Println(nested)
	m := map[string]struct{}{"a": {}, "b": {}}
	_, has := m[42]
	fmt.Println(len(m), has)
	empty := struct{}{}
	fmt.Println(empty)
}
