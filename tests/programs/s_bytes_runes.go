package main

import (
	"bytes"
	"fmt"
)

func main() {
	var b byte = 'A'
	var r rune = 'λ'
	fmt.Println(b, r, string(b), string(r))
	fmt.Printf("%c %c %d %d\n", b, r, b, r)
	fmt.Println(b+1, r+1, 'a'-'A')
	digit := '7' - '0'
	fmt.Printf("%d %T\n", digit, digit)
	bs := []byte("hello")
	fmt.Println(bytes.ToUpper(bs), string(bytes.ToUpper(bs)))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Contains(bs, []byte("ell")))
	fmt.Println(bytes.Index(bs, []byte("l")))
	var buf bytes.Buffer
	buf.WriteString("abc")
	buf.WriteByte('-')
	buf.Write([]byte{'x', 'y'})
	fmt.Fprintf(&buf, "%d", 42)
	fmt.Println(buf.String(), buf.Len())
	rs := []rune{72, 105, 0x4e16}
	fmt.Println(string(rs))
	fmt.Println(string(bs[1:3]))
	up := bytes.Split([]byte("a b c"), []byte(" "))
	fmt.Println(len(up), string(up[2]))
}
