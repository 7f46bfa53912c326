package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		if i > 0 {
			sb.WriteString(", ")
		}
		fmt.Fprintf(&sb, "item%d", i)
	}
	sb.WriteByte('!')
	sb.WriteRune('世')
	fmt.Println(sb.String())
	fmt.Println(sb.Len())
	sb.Reset()
	fmt.Printf("%q %d\n", sb.String(), sb.Len())
	var b2 strings.Builder
	b2.Grow(64)
	n, err := b2.WriteString("hello")
	fmt.Println(n, err, b2.String())
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
}
