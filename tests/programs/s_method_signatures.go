package main

import (
	"errors"
	"fmt"
)

type multi struct{ errs []error }

func (m multi) Error() string   { return "multi" }
func (m multi) Unwrap() []error { return m.errs }

type S struct{}

func (S) String() int { return 1 }

type T struct{}

func (T) String() string { return "T!" }

func main() {
	base := errors.New("base")
	var e error = multi{[]error{base}}
	_, ok := e.(interface{ Unwrap() error })
	_, ok2 := e.(interface{ Unwrap() []error })
	fmt.Println(ok, ok2, errors.Is(e, base))
	j := errors.Join(base, errors.New("other"))
	fmt.Println(errors.Is(j, base), j)
	w := fmt.Errorf("a %w b %w", base, errors.New("c"))
	fmt.Println(errors.Is(w, base), w, errors.Unwrap(w) == nil)
	var x any = S{}
	_, ok3 := x.(fmt.Stringer)
	fmt.Println(ok3, x, T{})
	fmt.Printf("%v %s\n", S{}, T{})
	defer func() { fmt.Println(recover()) }()
	_ = x.(fmt.Stringer)
}
