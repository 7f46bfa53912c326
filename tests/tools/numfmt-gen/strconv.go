package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"unicode"
)

// errText is "" for nil, else the *NumError message.
func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func genInt() {
	fmt.Println("/// (value, base, FormatInt result)")
	fmt.Println("pub(super) const FORMAT_INT: &[(i64, u32, &str)] = &[")
	ints := []int64{0, 1, -1, 7, -8, 255, -255, 1 << 31, math.MaxInt64, math.MinInt64, 123456789, -987654321, 35, 36}
	for i := 0; i < 30; i++ {
		ints = append(ints, rng.Int63()>>uint(rng.Intn(63))*int64(1-2*rng.Intn(2)))
	}
	for i, v := range ints {
		for _, b := range []int{2, 8, 10, 16, 36, 3 + i%30} {
			fmt.Printf("    (%d, %d, %s),\n", v, b, rs(strconv.FormatInt(v, b)))
		}
	}
	fmt.Println("];")
	fmt.Println()
	fmt.Println("/// (value, base, FormatUint result)")
	fmt.Println("pub(super) const FORMAT_UINT: &[(u64, u32, &str)] = &[")
	for _, v := range []uint64{0, 1, math.MaxUint64, 1 << 63, 1<<64 - 2, 1e19} {
		for _, b := range []int{2, 7, 10, 16, 36} {
			fmt.Printf("    (%d, %d, %s),\n", v, b, rs(strconv.FormatUint(v, b)))
		}
	}
	fmt.Println("];")
	fmt.Println()
	inputs := []string{"", "0", "1", "-1", "+1", "-", "+", "12a", "a12", " 1", "1 ", "0x", "0x1f", "0X1F", "0b101", "0B101", "0o17", "0O17",
		"017", "08", "0_17", "0x_1f", "0x__1f", "1_000", "1__000", "_1000", "1000_", "-0x_ff", "+0b1_0", "0b", "0o", "0x_", "0_", "00", "-0",
		"127", "128", "-128", "-129", "255", "256", "32767", "32768", "-32768", "2147483647", "2147483648", "-2147483648", "-2147483649",
		"4294967295", "4294967296", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
		"18446744073709551615", "18446744073709551616", "999999999999999999999", "-999999999999999999999", "zz", "ZZ", "z", "Z",
		"1e3", "0.5", "١٢", "12\xff", "0xffffffffffffffff", "0x10000000000000000", "7fffffffffffffff", "-8000000000000000"}
	fmt.Println("/// (input, base, bit size, ParseInt value, error message or \"\")")
	fmt.Println("pub(super) const PARSE_INT: &[(&[u8], i64, i64, i64, &str)] = &[")
	for _, s := range inputs {
		for _, c := range [][2]int{{0, 64}, {10, 64}, {10, 8}, {16, 64}, {0, 32}, {36, 16}, {2, 64}, {8, 0}, {1, 64}, {37, 64}, {10, 65}, {10, -1}, {0, 1}} {
			v, err := strconv.ParseInt(s, c[0], c[1])
			fmt.Printf("    (%s, %d, %d, %d, %s),\n", rb(s), c[0], c[1], v, rs(errText(err)))
		}
	}
	fmt.Println("];")
	fmt.Println()
	fmt.Println("/// (input, base, bit size, ParseUint value, error message or \"\")")
	fmt.Println("pub(super) const PARSE_UINT: &[(&[u8], i64, i64, u64, &str)] = &[")
	for _, s := range inputs {
		for _, c := range [][2]int{{0, 64}, {10, 64}, {10, 8}, {16, 64}, {0, 32}, {36, 16}, {10, 1}} {
			v, err := strconv.ParseUint(s, c[0], c[1])
			fmt.Printf("    (%s, %d, %d, %d, %s),\n", rb(s), c[0], c[1], v, rs(errText(err)))
		}
	}
	fmt.Println("];")
	fmt.Println()
	fmt.Println("/// (input, Atoi value, error message or \"\")")
	fmt.Println("pub(super) const ATOI: &[(&[u8], i64, &str)] = &[")
	for _, s := range inputs {
		v, err := strconv.Atoi(s)
		fmt.Printf("    (%s, %d, %s),\n", rb(s), v, rs(errText(err)))
	}
	fmt.Println("];")
	fmt.Println()
	fmt.Println("/// (input, ParseBool value, error message or \"\")")
	fmt.Println("pub(super) const PARSE_BOOL: &[(&[u8], bool, &str)] = &[")
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "tRUE", "yes", "", " true", "2"} {
		v, err := strconv.ParseBool(s)
		fmt.Printf("    (%s, %v, %s),\n", rb(s), v, rs(errText(err)))
	}
	fmt.Println("];")
}

func genParseFloat() {
	inputs := []string{"", "0", "-0", "+0", "1", "1.5", "-1.5", ".5", "5.", ".", "-.", "1e5", "1E5", "1e+5", "1e-5", "1e", "1e+", "e5", "1.5e308", "1.8e308",
		"-1.8e308", "1e309", "1e-400", "-1e-400", "4.9e-324", "2.4e-324", "2.5e-324", "2.4703282292062328e-324", "inf", "Inf", "INF", "+inf", "-inf", "infinity", "-Infinity",
		"infin", "infx", "nan", "NaN", "NAN", "+nan", "-nan", "nanx", "0x1p-2", "0x1P+2", "0X1.8p1", "0x.8p1", "0x1", "0x1.8", "0x1p", "0xp1", "0x_1p0", "0x1_0p0", "0x1__0p0",
		"1_000.5", "1__000.5", "_1000.5", "1000_.5", "1_000e1_0", "0.000_1", "0x1.fffffffffffffp1023", "0x1.fffffffffffff8p1023", "0x1p-1074", "0x1p-1075", "0x1.8p-1075",
		"0x1p-1076", "0x123456789abcdef0123p0", "0x.000000000000000000000001p100", "3.4028235e38", "3.4028236e38", "3.5e38", "1e-46", "1e-45", "1.4e-45", "0.1", "0.2", "0.3",
		"123456789012345678901234567890", "1.00000000000000011102230246251565404236316680908203125", "1.00000000000000011102230246251565404236316680908203124",
		"1.00000000000000011102230246251565404236316680908203126", "9007199254740993", "100000000000000016777215", "100000000000000016777216",
		"0.000000000000000000000000000000000000000000001", "1e99999", "1e-99999", "00001.5", "1.5x", "1.5 ", " 1.5", "0x1p99999", "0x1p-99999", "1e+0_5", "0e0", "0x0p0", "-0x0p0",
		"7.038531e-26", "1.17549435e-38", "1.1754942e-38", "16777217", "16777219"}
	fmt.Println("/// (input, bit size, ParseFloat value bits, error message or \"\")")
	fmt.Println("pub(super) const PARSE_FLOAT: &[(&[u8], u32, u64, &str)] = &[")
	for _, s := range inputs {
		for _, b := range []int{64, 32} {
			v, err := strconv.ParseFloat(s, b)
			fmt.Printf("    (%s, %d, 0x%016x, %s),\n", rb(s), b, math.Float64bits(v), rs(errText(err)))
		}
	}
	for i := 0; i < 150; i++ {
		f := math.Float64frombits(rng.Uint64())
		if math.IsNaN(f) || math.IsInf(f, 0) {
			continue
		}
		s := strconv.FormatFloat(f, 'e', rng.Intn(25), 64)
		b := 64
		if i%3 == 0 {
			b = 32
		}
		v, err := strconv.ParseFloat(s, b)
		fmt.Printf("    (%s, %d, 0x%016x, %s),\n", rb(s), b, math.Float64bits(v), rs(errText(err)))
	}
	fmt.Println("];")
}

func genQuote() {
	strs := []string{"", "abc", "a\tb", "a\nb", "\a\b\f\n\r\t\v", "\"", "\\", "'", "`", "\x00", "\x01\x1f\x7f", "\x80", "\xff", "\xc3", "\xc3\xa9", "é", "☺", "\u00ad",
		"\u00a0", "\u2028", "\u200b", "\ufeff", "\U0001F600", "\U0010FFFF", "\ufffd", "\xef\xbf\xbd", "\xed\xa0\x80", "日本語", "a\x00b", "\u0378", "\U000E0001", "\u3000",
		"\u061c", "Ω", "ß", "\u0300", "x\u0301", "\U00020000", "\U0001D11E", "hello, world\n", "\xe2\x82", "\xf4\x90\x80\x80", "tab\there", "\u1680", "\u2000\u200a"}
	fmt.Println("/// (input, Quote, QuoteToASCII, QuoteToGraphic, CanBackquote)")
	fmt.Println("pub(super) const QUOTE: &[(&[u8], &str, &str, &str, bool)] = &[")
	for _, s := range strs {
		fmt.Printf("    (%s, %s, %s, %s, %v),\n", rb(s), rs(strconv.Quote(s)), rs(strconv.QuoteToASCII(s)), rs(strconv.QuoteToGraphic(s)), strconv.CanBackquote(s))
	}
	fmt.Println("];")
	fmt.Println()
	fmt.Println("/// (rune, QuoteRune, QuoteRuneToASCII, QuoteRuneToGraphic)")
	fmt.Println("pub(super) const QUOTE_RUNE: &[(i32, &str, &str, &str)] = &[")
	runes := []rune{0, 7, 9, 10, 13, 27, ' ', '\'', '"', '\\', 'a', 0x7f, 0x80, 0x9f, 0xa0, 0xad, 0xe9, 0x263a, 0xd800, 0xdfff, 0xfffd, 0xfeff, 0x10ffff, 0x110000, -1, 0x1f600, 0xe0001, 0x2028, 0x3000, 0x378}
	for _, r := range runes {
		fmt.Printf("    (%d, %s, %s, %s),\n", r, rs(strconv.QuoteRune(r)), rs(strconv.QuoteRuneToASCII(r)), rs(strconv.QuoteRuneToGraphic(r)))
	}
	fmt.Println("];")
	fmt.Println()
	fmt.Println("/// Inclusive ranges of runes for which strconv.IsPrint is true (all of Unicode).")
	fmt.Println("pub(super) const PRINT_RANGES: &[(i32, i32)] = &[")
	start := rune(-1)
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		p := r <= unicode.MaxRune && strconv.IsPrint(r)
		if p && start < 0 {
			start = r
		}
		if !p && start >= 0 {
			fmt.Printf("    (0x%x, 0x%x),\n", start, r-1)
			start = -1
		}
	}
	fmt.Println("];")
	fmt.Println()
	fmt.Println("/// Runes for which IsGraphic is true but IsPrint is false.")
	fmt.Print("pub(super) const GRAPHIC_NOT_PRINT: &[i32] = &[")
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if strconv.IsGraphic(r) && !strconv.IsPrint(r) {
			fmt.Printf("0x%x, ", r)
		}
	}
	fmt.Println("];")
	fmt.Println()
	uq := []string{`""`, `"abc"`, `"a\nb"`, `"\x41\101\u00e9\U0001F600"`, `"\xff"`, `"\377"`, `"\400"`, `"\8"`, `"\'"`, `'\"'`, `'\''`, `"\""`, `'a'`, `'ab'`, `''`,
		`'\x41'`, `'\u263a'`, `'☺'`, "'\xff'", "\"\xff\"", "`raw\\n`", "`a\r\nb`", "`a`b`", `"a`, `"a"b`, `a`, `"`, "\"a\nb\"", `"\ud800"`, `"\U00110000"`, `"\u12"`,
		`"\x4"`, `"\xg0"`, `'\400'`, `'\377'`, `"\a\b\f\n\r\t\v\\"`, `"\q"`, `'\u00e9'`, "'\u00e9'", `"é"`, `'`, "``", "`", `"\0"`, `"\00"`, `"\000"`, `'\x80'`}
	genLiterals()
	fmt.Println()
	fmt.Println("/// (input, Unquote result, ok, QuotedPrefix result, ok)")
	fmt.Println("#[allow(clippy::type_complexity)]")
	fmt.Println("pub(super) const UNQUOTE: &[(&[u8], &[u8], bool, &[u8], bool)] = &[")
	for _, s := range uq {
		u, err := strconv.Unquote(s)
		p, err2 := strconv.QuotedPrefix(s + "tail")
		fmt.Printf("    (%s, %s, %v, %s, %v),\n", rb(s), rb(u), err == nil, rb(p), err2 == nil)
		if err != nil && !errors.Is(err, strconv.ErrSyntax) {
			panic("unexpected unquote error")
		}
	}
	fmt.Println("];")
}
