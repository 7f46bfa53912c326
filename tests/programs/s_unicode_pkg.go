package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range "aZ5 é!\tλ" {
		fmt.Printf("%q letter=%v digit=%v space=%v upper=%v lower=%v punct=%v\n",
			r, unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsSpace(r),
			unicode.IsUpper(r), unicode.IsLower(r), unicode.IsPunct(r))
	}
	fmt.Println(string(unicode.ToUpper('é')), string(unicode.ToLower('Λ')), unicode.ToUpper('1'))
	fmt.Println(unicode.IsNumber('½'), unicode.IsDigit('½'))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar)
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.In('a', unicode.Latin))
}
