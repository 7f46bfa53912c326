package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func main() {
	for _, s := range []int{95, 85, 72, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for i := 0; i < 6; i++ {
		switch i {
		case 0:
			fmt.Println("zero")
		case 1, 2:
			fmt.Println("one or two")
		case 3:
			fmt.Println("three, falling")
			fallthrough
		case 4:
			fmt.Println("four (or fell from three)")
		default:
			fmt.Println("other", i)
		}
	}
	switch x := 5; {
	case x > 3:
		fmt.Println("x > 3")
		if x == 5 {
			break
		}
		fmt.Println("not printed")
	}
	switch c := 'b'; c {
	case 'a', 'e', 'i', 'o', 'u':
		fmt.Println("vowel")
	default:
		fmt.Println("consonant")
	}
	switch {
	default:
		fmt.Println("default first")
	case false:
		fmt.Println("no")
	}
	called := 0
	f := func(n int) int { called++; return n }
	switch 2 {
	case f(1), f(2), f(3):
		fmt.Println("matched after", called, "calls")
	}
}
