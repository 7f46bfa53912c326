package main

import (
	"fmt"
	"strings"
	"unicode"
)

func stats(s string) (letters, digits, spaces, other int) {
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		default:
			other++
		}
	}
	return
}

func main() {
	fmt.Println(stats("Hello, Wörld 2024!"))
	fmt.Println(stats(""))
	camel := "parseHTTPRequestID"
	var words []string
	start := 0
	rs := []rune(camel)
	for i := 1; i < len(rs); i++ {
		if unicode.IsUpper(rs[i]) && (unicode.IsLower(rs[i-1]) || (i+1 < len(rs) && unicode.IsLower(rs[i+1]))) {
			words = append(words, string(rs[start:i]))
			start = i
		}
	}
	words = append(words, string(rs[start:]))
	fmt.Println(strings.Join(words, "_"))
	fmt.Println(strings.ToLower(strings.Join(words, "_")))
}
