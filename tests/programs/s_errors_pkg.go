package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func find(q string) error {
	return &QueryError{Query: q, Err: ErrNotFound}
}

func main() {
	err := find("users")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), err == ErrNotFound)
	var qe *QueryError
	if errors.As(err, &qe) {
		fmt.Println("query was", qe.Query)
	}
	wrapped := fmt.Errorf("handler: %w", err)
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, ErrNotFound))
	fmt.Println(errors.Unwrap(wrapped) == err, errors.Unwrap(errors.Unwrap(wrapped)) == ErrNotFound)
	fmt.Println(errors.Unwrap(ErrNotFound) == nil)
	noWrap := fmt.Errorf("handler: %v", err)
	fmt.Println(noWrap, errors.Is(noWrap, ErrNotFound))
	e1 := errors.New("x")
	e2 := errors.New("x")
	fmt.Println(e1 == e2, e1.Error() == e2.Error())
	joined := errors.Join(e1, ErrNotFound)
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, ErrNotFound))
	multi := fmt.Errorf("%w and %w", e1, e2)
	fmt.Println(multi, errors.Is(multi, e2))
}
