package main

import (
	"fmt"
	"math"
)

func genVerbs() {
	intSpecs := []string{"%d", "%v", "%+v", "%#v", "%5d", "%-5d|", "%05d", "%-05d|", "%+d", "% d", "%+05d", "% 05d", "%.3d", "%08.3d", "%-8.3d|", "%.0d", "%5.0d", "%05.0d",
		"%b", "%#b", "%o", "%#o", "%O", "%#O", "%x", "%#x", "%X", "%#X", "%#08x", "%08x", "%-#8x|", "%+x", "% x", "%.4x", "%#.4x", "%c", "%5c", "%-3c|", "%q", "%+q", "%#q",
		"%05q", "%U", "%#U", "%8U", "%-10U|", "%.6U", "%#.6U", "%08U", "%#o", "%+.3d", "%x", "%010b", "%#10o", "% #x", "%+#o", "%e", "%s", "%t"}
	sv := []int64{0, 1, -1, 7, -7, 15, 31, -31, 65, 255, -255, 0x263a, 0xad, 10, 39, 0x1f600, 0x10ffff, 0x110000, 0xd800, math.MaxInt64, math.MinInt64, 123456789, -1000000}
	uv := []uint64{0, 1, 15, 255, 65, 0x263a, math.MaxUint64, 1 << 63, 0x110000}
	fmt.Println("/// (spec, value bits, signed, Sprintf result or None for a bad verb)")
	fmt.Println("pub(super) const INT_VERBS: &[(&str, u64, bool, Option<&str>)] = &[")
	for _, spec := range intSpecs {
		for _, v := range sv {
			s := fmt.Sprintf(spec, v)
			fmt.Printf("    (%s, 0x%x, true, %s),\n", rs(spec), uint64(v), opt(s))
		}
		for _, v := range uv {
			s := fmt.Sprintf(spec, v)
			fmt.Printf("    (%s, 0x%x, false, %s),\n", rs(spec), v, opt(s))
		}
	}
	fmt.Println("];")
	fmt.Println()
	strSpecs := []string{"%s", "%v", "%#v", "%+v", "%5s", "%-5s|", "%05s", "%.2s", "%5.1s", "%q", "%+q", "%#q", "%#+q", "%10q", "%-10q|", "%.3q", "%x", "%X", "% x", "%#x",
		"% #x", "%# X", "%10x", "%-10x|", "%010x", "%.1x", "% .2x", "%#.0x", "%5.0x|", "%d", "%06q", "% X"}
	strs := []string{"", "a", "hi", "héllo", "a\nb", "`x`", "\xff\xfe", "日本語", "tab\t", "\u00ad", "☺"}
	fmt.Println("/// (spec, string, Sprintf result of the string, of []byte(string))")
	fmt.Println("#[allow(clippy::type_complexity)]")
	fmt.Println("pub(super) const STRING_VERBS: &[(&str, &[u8], Option<&[u8]>, Option<&[u8]>)] = &[")
	for _, spec := range strSpecs {
		for _, s := range strs {
			a := fmt.Sprintf(spec, s)
			b := fmt.Sprintf(spec, []byte(s))
			fmt.Printf("    (%s, %s, %s, %s),\n", rs(spec), rb(s), optb(a), optb(b))
		}
	}
	fmt.Println("];")
	fmt.Println()
	fmt.Println("/// (spec, bool, Sprintf result)")
	fmt.Println("pub(super) const BOOL_VERBS: &[(&str, bool, Option<&str>)] = &[")
	for _, spec := range []string{"%t", "%v", "%6t|", "%-6t|", "%06t", "%d"} {
		for _, b := range []bool{true, false} {
			fmt.Printf("    (%s, %v, %s),\n", rs(spec), b, opt(fmt.Sprintf(spec, b)))
		}
	}
	fmt.Println("];")
}

// isBad reports a fmt bad-verb result.
func isBad(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '%' && s[i+1] == '!' {
			return true
		}
	}
	return false
}

func opt(s string) string {
	if isBad(s) {
		return "None"
	}
	return "Some(" + rs(s) + ")"
}

func optb(s string) string {
	if isBad(s) {
		return "None"
	}
	return "Some(" + rb(s) + ")"
}

