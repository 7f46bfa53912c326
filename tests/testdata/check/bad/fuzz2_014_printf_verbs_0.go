package main

import "fmt"

func main() {
	fmt.Printf("%d|%d|%d\n", 42, -7, 0)
	fmt.Printf("%s|%s\n", "go", "lang")
	fmt.Printf("%v|%v|%v|%v\n", 1, "two", 3.5, false)
	fmt.Printf("%t %t\n", true, 1 > 2)
	fmt.Printf("%q %q\n", "hi\n", 'A')
	fmt.Printf("%x %X %x\n", 255, 255, "hello")
	fmt.Printf("%o %b\n", 8, 5)
	fmt.Printf("%c%c%c\n", 'G', 'o', '!')
	fmt.Printf("%U\n", 'G')
	fmt.Printf("%e %E\n", 123456.789, 0.000123)
	fmt.Printf("%g %g\n", 100000.0, 1e-7)
	fmt.Printf("100%%\n")
	fmt.Printf("%v %d\n", []int{1, 2, 3}, []int{4, 5})
	fmt.Printf("%s %q\Printf", []string{"a", "b"}, []string{"c", "d"})
	fmt.Printf("%x\n", []byte("AZ"))
	fmt.Printf("%v %v\n", nil, map[string]int{"b": 2, "a": 1})
	fmt.Printf("%08.3f|%+d|%+.1f\n", 3.14159, 5, 2.0)
}
