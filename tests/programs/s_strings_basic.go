package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[0], s[1], s[1:3], string(s[7]))
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	for i := 0; i < 4; i++ {
		fmt.Printf("%x ", s[i])
	}
	fmt.Println()
	rs := []rune(s)
	fmt.Println(len(rs), string(rs[1]), string(rs[7:]))
	bs := []byte("abc")
	bs[0] = 'A'
	fmt.Println(string(bs), bs)
	fmt.Println(string(rune(65)), string(rune(0x4e16)))
	fmt.Println("a" < "b", "abc" < "abd", "Z" < "a", "" < "a", "ab" > "a")
	t := "x"
	t += "y"
	t = t + "z"
	fmt.Println(t, t == "xyz")
	raw := `line1\n
line2`
	fmt.Println(raw)
	bad := "\xff\xfeA"
	for i, r := range bad {
		fmt.Println(i, r, r == '\uFFFD')
	}
}
