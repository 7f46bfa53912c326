package main

import "fmt"

func main() {
	for _, s := range []string{"a", "é", "世界", "😀"} {
		fmt.Printf("[%5s] [%-5s] [%.1s] len=%d\n", s, s, s, len(s))
	}
	fmt.Printf("[%5q]\n", "é")
	fmt.Printf("[%3c][%-3c]\n", '世', '世')
	fmt.Printf("[%08s]\n", "ab")
	fmt.Printf("[%x] [% X]\n", "世", "世")
}
