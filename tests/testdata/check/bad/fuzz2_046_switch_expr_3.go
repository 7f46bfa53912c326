package main

import "fmt"

func dayType(d string) string {
	switch d {
	case "sat", "sun":
		return "weekend"
	case "mon", "tue", "wed", "thu", "fri":
		return "weekday"
	default:
		return "unknown"
	}
}

func main() {
	for _, d := range []string{"mon", "sun", "xyz"} {
		fmt.Println(d, dayType(d))
	}
	switch x := 5; x * 2 {
	case 5:
		fmt.Println("five")
	case 10:
		fmt.Println("ten")
	case 15:
		fmt.Println("fifteen")
	}
	switch {
	}
	v := 3
	switch v {
	case 1:
	case 3:
		fmt.Println("three, and no fallthrough by default")
	case 4:
		fmt.Println("not printed")
	}
	calls := 0
	f := func(n int) int { calls++; return n }
	switch 2 {
	case f(1), f(2), f(3):
		fmt.Println("matched after", calls, "calls")
	}
	switch and := 'b'; c {
	case 'a':
		fmt.Println("a")
	default:
		fmt.Println("default first in source")
	case 'z':
		fmt.Println("z")
	}
}
