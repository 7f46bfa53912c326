package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "aé世😀"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d %c %U %d\n", i, r, r, size)
		i += size
	}
	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('é'), utf8.RuneLen('😀'))
	fmt.Println(utf8.ValidString(s), utf8.ValidString("\xc3"))
	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, '世')
	fmt.Println(buf, string(buf))
	r, size := utf8.DecodeRuneInString("")
	fmt.Println(r, size)
	r, size = utf8.DecodeLastRuneInString(s)
	fmt.Println(string(r), size)
	fmt.Println(utf8.RuneError, string(utf8.RuneError))
}
