package main

import "fmt"

func main() {
	s := "tab\there \"quoted\" \\ é 😀 \x01"
	fmt.Printf("%s\n", s)
	fmt.Printf("%q\n", s)
	fmt.Printf("%+q\n", s)
	fmt.Printf("%#q\n", "back`tick")
	fmt.Printf("%#q\n", "raw")
	fmt.Printf("%q\n", []string{"a b", "c"})
	fmt.Printf("%q %q %q\n", 'x', '\n', '\'')
	fmt.Printf("%v\n", []byte("hi"))
	fmt.Printf("%s\n", []byte("hi"))
	fmt.Printf("%q\n", []byte("hi"))
	fmt.Printf("%x\n", "\xff\x00")
}
