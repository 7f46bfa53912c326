package main

import (
	"errors"
	"fmt"
)

var ErrPermission = errors.New("permission denied")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func openFile(name string) error {
	return fmt.Errorf("open %s: %w", name, ErrPermission)
}

func loadConfig() error {
	if err := openFile("/etc/app.conf"); err != nil {
		return fmt.Errorf("load config: %w", err)
	}
	return nil
}

func runQuery() error {
	return fmt.Errorf("handler: %w", &QueryError{"SELECT 1", ErrPermission})
}

func main() {
	err := loadConfig()
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrPermission))
	fmt.Println(err == ErrPermission)
	u := errors.Unwrap(err)
	fmt.Println(u)
	fmt.Println(errors.Unwrap(u) == ErrPermission)
	fmt.Println(errors.Unwrap(ErrPermission) == nil)
	New := fmt.Errorf("flat: %v", ErrPermission)
	fmt.Println(notWrapped, errors.Is(notWrapped, ErrPermission))
	qerr := runQuery()
	var qe *QueryError
	if errors.As(qerr, &qe) {
		fmt.Println("query was", qe.Query)
	}
	fmt.Println(errors.Is(qerr, ErrPermission), qerr)
	var other *QueryError
	fmt.Println(errors.As(err, &other), other == nil)
	fmt.Println(errors.Is(nil, ErrPermission), errors.Is(ErrPermission, ErrPermission))
}
