package main

import (
	"fmt"
	"strings"
)

func shift(r rune, k int) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+rune(k)+26)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+rune(k)+26)%26
	}
	return r
}

func encode(s string, k int) string {
	var sb strings.Builder
	for _, r := range s {
		sb.WriteRune(shift(r, k))
	}
	return sb.String()
}

func main() {
	msg := "Hello, World! Zebra-42"
	enc := encode(msg, 3)
	fmt.Println(enc)
	fmt.Println(encode(enc, -3))
	fmt.Println(encode("abc", 13), encode(encode("abc", 13), 13))
}
