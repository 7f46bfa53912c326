package main

import "fmt"

func reverseBytes(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	return s == reverseRunes(s)
}

func main() {
	fmt.Println(reverseBytes("hello"), reverseRunes("hello"))
	fmt.Println(reverseRunes("héllo, 世界"))
	fmt.Printf("%q\n", reverseBytes("é"))
	for _, w := range []string{"racecar", "level", "go", "", "ésé"} {
		fmt.Println(w, isPalindrome(w))
	}
}
