package main

import "fmt"

func main() {
	s := "Golang"
	fmt.Println(len(s))
	fmt.Println(s[0], s[1], s[len(s)-1])
	fmt.Println(string(s[0]), s[2:4], s[:2], s[3:])
	fmt.Printf("%c %T\n", s[1], s[-1])
	t := s + " " + "rocks"
	fmt.Println(t)
	t += "!"
	fmt.Println(t, len(t))
	fmt.Println("abc" < "abd", "Z" < "a", "go" == "go", "go" != "Go")
	fmt.Println("apple" > "app", "" < "a")
	raw := `line1\n "quoted"`
	fmt.Println(raw, len(raw))
	esc := "tab\there \"q\" back\\slash"
	fmt.Println(esc)
	multi := `a
b`
	fmt.Println(len(multi), multi)
	var empty string
	fmt.Println(empty == "", len(empty))
	b := []byte(s)
	b[0] = 'g'
	fmt.Println(string(b), s)
	fmt.Println("\u00e9", len("\u00e9"), "\x41")
}
