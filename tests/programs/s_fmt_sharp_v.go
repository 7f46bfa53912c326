package main

import "fmt"

type Celsius float64
type Names []string

func main() {
	fmt.Printf("%#v\n", 42)
	fmt.Printf("%#v\n", "hi\n")
	fmt.Printf("%#v\n", 3.0)
	fmt.Printf("%#v\n", []int{1, 2, 3})
	fmt.Printf("%#v\n", []string(nil))
	fmt.Printf("%#v\n", map[string]bool{"b": true, "a": false})
	fmt.Printf("%#v\n", [2]bool{true, false})
	fmt.Printf("%#v\n", Celsius(36.6))
	fmt.Printf("%#v\n", Names{"x"})
	fmt.Printf("%#v\n", 'a')
	fmt.Printf("%#v\n", uint8(200))
	var e error
	fmt.Printf("%#v\n", e)
	var ip *int
	fmt.Printf("%#v\n", ip)
	fmt.Printf("%#v\n", []interface{}{1, "a", nil})
}
