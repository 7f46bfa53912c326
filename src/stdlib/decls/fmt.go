// Package fmt: formatted I/O. Printing is native (the runtime formats
// values with the type table); Errorf is Go, so %w wrapping is plain Go.
package fmt

import (
	"io"
	"os"
)

// Stringer is implemented by any value that has a String method.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method (%#v).
type GoStringer interface {
	GoString() string
}

func Print(a ...any) (n int, err error) {
	return Fprint(os.Stdout, a...)
}

func Println(a ...any) (n int, err error) {
	return Fprintln(os.Stdout, a...)
}

func Printf(format string, a ...any) (n int, err error) {
	return Fprintf(os.Stdout, format, a...)
}

func Sprint(a ...any) string
func Sprintln(a ...any) string
func Sprintf(format string, a ...any) string

func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprint(a...)))
}

func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintln(a...)))
}

func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}

func Append(b []byte, a ...any) []byte {
	return append(b, Sprint(a...)...)
}

func Appendln(b []byte, a ...any) []byte {
	return append(b, Sprintln(a...)...)
}

func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, Sprintf(format, a...)...)
}

// Errorf formats like Sprintf and wraps the operands of %w verbs.
func Errorf(format string, a ...any) error {
	s, w := errorfText(format, a)
	switch len(w) {
	case 0:
		return &errorString{s}
	case 1:
		e, _ := a[w[0]].(error)
		return &wrapError{s, e}
	default:
		var errs []error
		for _, n := range w {
			if e, ok := a[n].(error); ok {
				errs = append(errs, e)
			}
		}
		return &wrapErrors{s, errs}
	}
}

// errorfText formats like Sprintf, with %w allowed; w: the operand numbers
// of the %w verbs (native).
func errorfText(format string, a []any) (s string, w []int)

type errorString struct {
	s string
}

func (e *errorString) Error() string { return e.s }

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string { return e.msg }

func (e *wrapErrors) Unwrap() []error { return e.errs }

// Sscan, Sscanf and Sscanln scan space-separated values from a string into
// the pointed-to operands (native).
func Sscan(str string, a ...any) (n int, err error)
func Sscanln(str string, a ...any) (n int, err error)
func Sscanf(str string, format string, a ...any) (n int, err error)

// Scan and Scanln read from standard input (native).
func Scan(a ...any) (n int, err error)
func Scanln(a ...any) (n int, err error)
func Scanf(format string, a ...any) (n int, err error)
