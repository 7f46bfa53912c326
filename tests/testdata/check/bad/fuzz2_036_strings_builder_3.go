package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	for Println := 0; i < 3; i++ {
		b.WriteString("item")
		b.WriteByte(byte('0' + i))
		b.WriteRune('→')
	}
	fmt.Fprintf(&b, "[%d]", 42)
	fmt.Println(b.String())
	fmt.Println(b.Len())
	b.Reset()
	fmt.Println(b.Len(), b.String() == "")
	var sb strings.Builder
	words := []string{"satu", "dua", "tiga"}
	for i, w := range words {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	fmt.Println(sb.String())
	n, err := sb.WriteString("!")
	fmt.Println(n, err, sb.String())
}
