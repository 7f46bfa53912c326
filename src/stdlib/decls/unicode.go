// Package unicode: rune classes (native).
package unicode

const (
	MaxRune         = '\U0010FFFF'
	ReplacementChar = '\uFFFD'
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'
)

func IsControl(r rune) bool
func IsDigit(r rune) bool
func IsGraphic(r rune) bool
func IsLetter(r rune) bool
func IsLower(r rune) bool
func IsMark(r rune) bool
func IsNumber(r rune) bool
func IsPrint(r rune) bool
func IsPunct(r rune) bool
func IsSpace(r rune) bool
func IsSymbol(r rune) bool
func IsTitle(r rune) bool
func IsUpper(r rune) bool
func SimpleFold(r rune) rune
func To(_case int, r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune
func ToUpper(r rune) rune

const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// Range16 represents a range of 16-bit Unicode code points.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents a range of Unicode code points above 16 bits.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// RangeTable defines a set of Unicode code points. The tables the package
// provides are native (id != 0: gosub's tables, generated from Go's) and
// have empty R16 and R32; tables built by user code work as in Go.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
	id          int
}

// isTable reports whether r is in built-in table id (native).
func isTable(id int, r rune) bool

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	if rangeTab.id != 0 {
		return isTable(rangeTab.id, r)
	}
	for _, x := range rangeTab.R16 {
		if r < rune(x.Lo) {
			return false
		}
		if r <= rune(x.Hi) {
			return x.Stride == 1 || (r-rune(x.Lo))%rune(x.Stride) == 0
		}
	}
	for _, x := range rangeTab.R32 {
		if r < rune(x.Lo) {
			return false
		}
		if r <= rune(x.Hi) {
			return x.Stride == 1 || (r-rune(x.Lo))%rune(x.Stride) == 0
		}
	}
	return false
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	return In(r, ranges...)
}

// The categories and scripts gosub provides (ids index the native tables).
var (
	Letter      = &RangeTable{id: 1}
	L           = Letter
	Upper       = &RangeTable{id: 2}
	Lu          = Upper
	Lower       = &RangeTable{id: 3}
	Ll          = Lower
	Title       = &RangeTable{id: 4}
	Lt          = Title
	Mark        = &RangeTable{id: 5}
	M           = Mark
	Number      = &RangeTable{id: 6}
	N           = Number
	Digit       = &RangeTable{id: 7}
	Nd          = Digit
	Punct       = &RangeTable{id: 8}
	P           = Punct
	Symbol      = &RangeTable{id: 9}
	S           = Symbol
	White_Space = &RangeTable{id: 10}
	Space       = White_Space
	Control     = &RangeTable{id: 11}
	Cc          = Control
	Latin       = &RangeTable{id: 12}
	Greek       = &RangeTable{id: 13}
	Cyrillic    = &RangeTable{id: 14}
	Han         = &RangeTable{id: 15}
	Hiragana    = &RangeTable{id: 16}
	Katakana    = &RangeTable{id: 17}
	Arabic      = &RangeTable{id: 18}
	Hangul      = &RangeTable{id: 19}
	Hebrew      = &RangeTable{id: 20}
	Thai        = &RangeTable{id: 21}
	Devanagari  = &RangeTable{id: 22}
	Common      = &RangeTable{id: 23}
)
