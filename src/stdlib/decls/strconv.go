// Package strconv: conversions to and from strings. The parsers are
// native and return an error code; the errors are built here in Go.
package strconv

import "errors"

const IntSize = 64

var ErrRange = errors.New("value out of range")

var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// numError builds the error for a native parser's code: 1 syntax, 2 range,
// 3 invalid base, 4 invalid bit size.
func numError(fn, s string, code int, base, bitSize int) error {
	switch code {
	case 1:
		return &NumError{fn, s, ErrSyntax}
	case 2:
		return &NumError{fn, s, ErrRange}
	case 3:
		return &NumError{fn, s, errors.New("invalid base " + Itoa(base))}
	default:
		return &NumError{fn, s, errors.New("invalid bit size " + Itoa(bitSize))}
	}
}

// parseInt, parseUint, parseFloat and parseBool return the value and an
// error code: 0 ok, 1 syntax, 2 range (value clamped), 3 base, 4 bit size.
func parseInt(s string, base int, bitSize int) (int64, int)
func parseUint(s string, base int, bitSize int) (uint64, int)
func parseFloat(s string, bitSize int) (float64, int)
func parseBool(s string) (bool, int)
func unquote(s string) (string, bool)

func Atoi(s string) (int, error) {
	i, code := parseInt(s, 10, 0)
	if code != 0 {
		return int(i), numError("Atoi", s, code, 10, 0)
	}
	return int(i), nil
}

func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	i, code := parseInt(s, base, bitSize)
	if code != 0 {
		return i, numError("ParseInt", s, code, base, bitSize)
	}
	return i, nil
}

func ParseUint(s string, base int, bitSize int) (uint64, error) {
	i, code := parseUint(s, base, bitSize)
	if code != 0 {
		return i, numError("ParseUint", s, code, base, bitSize)
	}
	return i, nil
}

func ParseFloat(s string, bitSize int) (float64, error) {
	f, code := parseFloat(s, bitSize)
	if code != 0 {
		return f, numError("ParseFloat", s, code, 10, bitSize)
	}
	return f, nil
}

func ParseBool(str string) (bool, error) {
	b, code := parseBool(str)
	if code != 0 {
		return false, &NumError{"ParseBool", str, ErrSyntax}
	}
	return b, nil
}

func Unquote(s string) (string, error) {
	r, ok := unquote(s)
	if !ok {
		return "", ErrSyntax
	}
	return r, nil
}

func Itoa(i int) string
func FormatInt(i int64, base int) string
func FormatUint(i uint64, base int) string
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
func FormatBool(b bool) string
func Quote(s string) string
func QuoteToASCII(s string) string
func QuoteRune(r rune) string
func QuoteRuneToASCII(r rune) string

func AppendInt(dst []byte, i int64, base int) []byte {
	return append(dst, FormatInt(i, base)...)
}

func AppendQuote(dst []byte, s string) []byte {
	return append(dst, Quote(s)...)
}

func QuoteToGraphic(s string) string
func QuoteRuneToGraphic(r rune) string
func CanBackquote(s string) bool
func IsPrint(r rune) bool
func IsGraphic(r rune) bool

// quotedPrefix returns the quoted string at the start of s (native).
func quotedPrefix(s string) (string, bool)

func QuotedPrefix(s string) (string, error) {
	q, ok := quotedPrefix(s)
	if !ok {
		return "", ErrSyntax
	}
	return q, nil
}

func AppendUint(dst []byte, i uint64, base int) []byte {
	return append(dst, FormatUint(i, base)...)
}

func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

func AppendBool(dst []byte, b bool) []byte {
	return append(dst, FormatBool(b)...)
}

func AppendQuoteRune(dst []byte, r rune) []byte {
	return append(dst, QuoteRune(r)...)
}

func AppendQuoteToASCII(dst []byte, s string) []byte {
	return append(dst, QuoteToASCII(s)...)
}
