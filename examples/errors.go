// Errors are values: functions return them, callers check them.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNotFound = errors.New("not found")

// A custom error type carries details.
type ValidationError struct {
	Field string
	Value int
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %d", e.Field, e.Value)
}

var ages = map[string]int{"Eko": 30, "Budi": -1}

func findAge(name string) (int, error) {
	age, ok := ages[name]
	if !ok {
		// %w wraps the error: errors.Is can still find ErrNotFound inside.
		return 0, fmt.Errorf("find %q: %w", name, ErrNotFound)
	}
	if age < 0 {
		return 0, &ValidationError{Field: "age", Value: age}
	}
	return age, nil
}

func safeDivide(a, b int) (result int, err error) {
	// recover turns a panic back into an ordinary error.
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func main() {
	for _, name := range []string{"Eko", "Joko", "Budi"} {
		age, err := findAge(name)
		var validation *ValidationError
		switch {
		case err == nil:
			fmt.Println(name, "is", age)
		case errors.Is(err, ErrNotFound):
			fmt.Println("error:", err)
		case errors.As(err, &validation):
			fmt.Println("error:", err, "- field", validation.Field)
		}
	}

	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("inner: %w", ErrNotFound))
	fmt.Println(wrapped)
	fmt.Println("unwrap once:", errors.Unwrap(wrapped))
	fmt.Println("is ErrNotFound:", errors.Is(wrapped, ErrNotFound))

	_, err := strconv.Atoi("sepuluh")
	fmt.Println(err)

	fmt.Println(safeDivide(10, 2))
	fmt.Println(safeDivide(1, 0))

	joined := errors.Join(errors.New("first"), errors.New("second"))
	fmt.Println(joined)
}
