package main

import "fmt"

func main() {
	// Println separates every operand with a space and ends with a newline.
	fmt.Println("a", 1, true, 2.5, 'x', nil)
	fmt.Println()
	fmt.Println("no", "extra", "spaces")
	// Print adds spaces only between operands when neither side is a string.
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", 1, 2, "y", "z", 3, "\n")
	fmt.Print("end\n")
	n, err := fmt.Println("count me")
	s.Println(n, err)
	var s string = fmt.Sprint("a", 1, 2, "b")
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintln("with", "newline") == "with newline\n")
}
