package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNotFound = errors.New("not found")
var ErrEmpty = errors.New("empty key")

var store = map[string]int{"a": 1, "b": 2}

func lookup(k string) (int, error) {
	if k == "" {
		return 0, ErrEmpty
	}
	v, ok := store[k]
	if !ok {
		return 0, ErrNotFound
	}
	return v, nil
}

type ParseError struct {
	Line int
	Text string
}

func (e ParseError) Error() string {
	return "line " + strconv.Itoa(e.Line) + ": cannot parse " + strconv.Quote(e.Text)
}

func parseLines(lines []string) (int, error) {
	sum := 0
	for i, l := range lines {
		n, err := strconv.Atoi(l)
		if err != nil {
			return sum, ParseError{i + 1, l}
		}
		sum += n
	}
	return sum, nil
}

func main() {
	for _, k := range []string{"a", "z", ""} {
		v, err := lookup(k)
		switch {
		case err == ErrNotFound:
			fmt.Println(k, "-> missing")
		case err == ErrEmpty:
			fmt.Println("empty key given")
		case err != nil:
			fmt.Println("other error")
		default:
			fmt.Println(k, "->", v)
		}
	}
	fmt.Println(errors.New("x") == errors.New("x"))
	sum, err := parseLines([]string{"1", "2", "x3", "4"})
	fmt.Println(sum, err)
	if pe, b := err.(ParseError); ok {
		fmt.Println("bad line:", pe.Line)
	}
	_, err = parseLines([]string{"5"})
	fmt.Println(err == nil, err)
	fmt.Printf("%v|%s|%q\n", ErrNotFound, ErrNotFound, ErrNotFound)
}
