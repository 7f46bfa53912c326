package main

import (
	"fmt"
	"go/constant"
	"go/scanner"
	"go/token"
	"math"
)

// scanOne reports whether src scans as exactly one token of kind tok without errors.
func scanOne(src string, tok token.Token) bool {
	fset := token.NewFileSet()
	file := fset.AddFile("x.go", -1, len(src))
	var s scanner.Scanner
	errs := 0
	s.Init(file, []byte(src), func(token.Position, string) { errs++ }, 0)
	_, t, lit := s.Scan()
	_, next, _ := s.Scan()
	return errs == 0 && t == tok && lit == src && (next == token.EOF || next == token.SEMICOLON)
}

func genLiterals() {
	ints := []string{"0", "42", "0x1F", "0X_1f", "0o17", "0O17", "0b1010", "0B_1", "0777", "0_777", "09", "0_9", "1_000", "1__000", "_1", "1_", "0x", "0x_",
		"0b2", "0o8", "00", "0", "123456789012345678901234567890", "0xFFFFFFFFFFFFFFFFFFFF", "0b_1_0", "0o_7", "0_0", "0x1_F", "1e3", "08"}
	fmt.Println("/// (int literal, valid, decimal value)")
	fmt.Println("pub(super) const INT_LITERALS: &[(&str, bool, &str)] = &[")
	for _, s := range ints {
		ok := scanOne(s, token.INT)
		val := ""
		if ok {
			val = constant.MakeFromLiteral(s, token.INT, 0).ExactString()
		}
		fmt.Printf("    (%s, %v, %s),\n", rs(s), ok, rs(val))
	}
	fmt.Println("];")
	floats := []string{"1.5", ".5", "5.", "1e10", "1E+10", "1e-10", "1_000.5", "1__0.0", "0x1p-2", "0x1.8p1", "0X.8P1", "0x1.8", "0x_1p0", "0777.5", "09.5", "1e", "1.5e_1",
		"0x1p1_0", "1e400", "0.1", "6.02214076e23", "0x1.fffffffffffff8p1023", "1_0e1_0", "0.000_001", "0x1.0000000000000800000000001p0", "2.4703282292062328e-324"}
	fmt.Println("/// (float literal, valid, value bits)")
	fmt.Println("pub(super) const FLOAT_LITERALS: &[(&str, bool, u64)] = &[")
	for _, s := range floats {
		ok := scanOne(s, token.FLOAT)
		var bits uint64
		if ok {
			f, _ := constant.Float64Val(constant.MakeFromLiteral(s, token.FLOAT, 0))
			bits = math.Float64bits(f)
		}
		fmt.Printf("    (%s, %v, 0x%016x),\n", rs(s), ok, bits)
	}
	fmt.Println("];")
}
