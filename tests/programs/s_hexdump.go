package main

import (
	"fmt"
	"strings"
)

func dump(data []byte) {
	for off := 0; off < len(data); off += 8 {
		end := min(off+8, len(data))
		chunk := data[off:end]
		var hex []string
		for _, b := range chunk {
			hex = append(hex, fmt.Sprintf("%02x", b))
		}
		ascii := make([]byte, len(chunk))
		for i, b := range chunk {
			if b >= 32 && b < 127 {
				ascii[i] = b
			} else {
				ascii[i] = '.'
			}
		}
		fmt.Printf("%04x  %-23s  |%s|\n", off, strings.Join(hex, " "), ascii)
	}
}

func main() {
	dump([]byte("Hello, gopher!\n\x00\x01\xff end"))
}
