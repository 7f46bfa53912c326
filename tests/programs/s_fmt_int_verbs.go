package main

import "fmt"

func main() {
	n := 1234
	fmt.Printf("%d|%b|%o|%O|%x|%X\n", n, n, n, n, n, n)
	fmt.Printf("%#x|%#X|%#o|%#b\n", n, n, n, n)
	fmt.Printf("%d|%x\n", -42, -42)
	fmt.Printf("%c|%q|%U|%#U\n", 65, 'é', 0x1F600, '⌘')
	fmt.Printf("%v %v\n", int8(-128), uint64(18446744073709551615))
	fmt.Printf("%+d %+d\n", 5, -5)
	fmt.Printf("% d|% d\n", 5, -5)
	fmt.Printf("%x\n", "hello")
	fmt.Printf("% x\n", []byte{1, 171, 255})
	fmt.Printf("%X\n", []byte("Go"))
}
