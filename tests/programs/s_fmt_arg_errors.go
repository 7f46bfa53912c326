package main

import (
	"errors"
	"fmt"
)

type St struct{ A int }

func (s St) String() string { return "St!" }

func main() {
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%[5]d|%[0]d|%[x]d|%[1]d\n", 1)
	fmt.Printf("%[2]d %d\n", 1, 2, 3)
	fmt.Printf("%d %d\n", 1, 2, 3, "x", nil)
	fmt.Printf("%d %d %d\n", 1)
	fmt.Printf("%[1]2d|%[1].2d|\n", 5)
	fmt.Printf("%*d|%-*d|%*d|\n", 5, 1, 5, 2, -5, 3)
	fmt.Printf("%*d|%.*d|\n", "x", 1, 2.5, 3)
	fmt.Printf("%.*f|\n", -1, 3.14159)
	fmt.Printf("%s|%d|%T|%v|%p|%x\n", nil, nil, nil, nil, nil, nil)
	fmt.Printf("%!|%z|%\n", 1)
	fmt.Printf("%w\n", errors.New("e"))
	fmt.Printf("%z %!\n", St{1}, 2)
	fmt.Printf("%[2]*[1]d|\n", 7, 4)
	fmt.Printf("%[1]d %[1]T %[1]v %[1]s\n", St{3})
	fmt.Printf("%10[1]d|\n", 3)
	fmt.Printf("%[1]", 3)
	fmt.Println()
	fmt.Printf("%.[1]d|\n", 3)
	fmt.Printf("%[3]d %[2]d %d\n", 1, 2, 3)
	e1, e2 := errors.New("a"), errors.New("b")
	w := fmt.Errorf("%[2]w %[1]w %[2]w", e1, e2)
	fmt.Println(w, errors.Is(w, e1), errors.Is(w, e2))
	w2 := fmt.Errorf("%w", "notanerror")
	fmt.Println(w2, errors.Unwrap(w2) == nil)
	w3 := fmt.Errorf("x %w", nil)
	fmt.Println(w3)
	fmt.Printf("%-08d|%08.3f|%+d|% d\n", 5, -3.14159, 5, 5)
	fmt.Printf("%d%%|%5%|\n", 3)
}
