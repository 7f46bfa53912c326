// Generates src/stdlib/unicode_tables.rs from Go's own unicode package, so
// gosub's unicode classes and case mappings are exactly Go's.
//
//	go run src/stdlib/gen/unicode_tables.go > src/stdlib/unicode_tables.rs
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func table(name string, t *unicode.RangeTable) {
	fmt.Printf("pub static %s: &[(u32, u32, u32)] = &[", name)
	n := 0
	emit := func(lo, hi, st uint32) {
		if n%6 == 0 {
			fmt.Printf("\n    ")
		} else {
			fmt.Printf(" ")
		}
		fmt.Printf("(0x%X, 0x%X, %d),", lo, hi, st)
		n++
	}
	for _, r := range t.R16 {
		emit(uint32(r.Lo), uint32(r.Hi), uint32(r.Stride))
	}
	for _, r := range t.R32 {
		emit(r.Lo, r.Hi, r.Stride)
	}
	fmt.Printf("\n];\n\n")
}

func main() {
	fmt.Printf("//! Unicode tables generated from Go %s's `unicode` package by\n", "1.27")
	fmt.Printf("//! `src/stdlib/gen/unicode_tables.go` (do not edit). Unicode %s.\n\n", unicode.Version)
	fmt.Printf("/// `(lo, hi, stride)` ranges, sorted.\n")
	table("LETTER", unicode.Letter)
	table("UPPER", unicode.Upper)
	table("LOWER", unicode.Lower)
	table("TITLE", unicode.Title)
	table("MARK", unicode.Mark)
	table("NUMBER", unicode.Number)
	table("DIGIT", unicode.Digit)
	table("PUNCT", unicode.Punct)
	table("SYMBOL", unicode.Symbol)
	table("WHITE_SPACE", unicode.White_Space)
	table("CONTROL", unicode.Cc)
	scripts := []string{"Latin", "Greek", "Cyrillic", "Han", "Hiragana", "Katakana", "Arabic", "Hangul", "Hebrew", "Thai", "Devanagari", "Common"}
	for _, name := range scripts {
		table(strings.ToUpper(name), unicode.Scripts[name])
	}
	fmt.Printf("/// The tables behind `unicode.RangeTable` variables, by their `id` (see decls/unicode.go).\n")
	fmt.Printf("pub static BY_ID: &[&[(u32, u32, u32)]] = &[\n    &[], LETTER, UPPER, LOWER, TITLE, MARK, NUMBER, DIGIT, PUNCT, SYMBOL, WHITE_SPACE, CONTROL,\n   ")
	for _, name := range scripts {
		fmt.Printf(" %s,", strings.ToUpper(name))
	}
	fmt.Printf("\n];\n\n")
	fmt.Printf("/// Go's `unicode.CaseRanges`: `(lo, hi, [upper, lower, title] deltas)`;\n")
	fmt.Printf("/// a delta of `UPPER_LOWER` alternates upper and lower case.\n")
	fmt.Printf("pub static CASE_RANGES: &[(u32, u32, [i32; 3])] = &[")
	for i, c := range unicode.CaseRanges {
		if i%3 == 0 {
			fmt.Printf("\n    ")
		} else {
			fmt.Printf(" ")
		}
		fmt.Printf("(0x%X, 0x%X, [%d, %d, %d]),", c.Lo, c.Hi, c.Delta[0], c.Delta[1], c.Delta[2])
	}
	fmt.Printf("\n];\n\n")
	fmt.Printf("/// `(r, unicode.SimpleFold(r))` for every rune whose fold is not itself\n")
	fmt.Printf("/// where the fold is not `ToLower(r)` if that differs from `r`, else `ToUpper(r)`.\n")
	fmt.Printf("pub static FOLD: &[(u32, u32)] = &[")
	n := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		f := unicode.SimpleFold(r)
		if f == r {
			continue
		}
		// the common case, computed by the fallback rule of SimpleFold
		fallback := unicode.ToLower(r)
		if fallback == r {
			fallback = unicode.ToUpper(r)
		}
		if fallback == f {
			continue
		}
		if n%6 == 0 {
			fmt.Printf("\n    ")
		} else {
			fmt.Printf(" ")
		}
		fmt.Printf("(0x%X, 0x%X),", r, f)
		n++
	}
	fmt.Printf("\n];\n")
}
