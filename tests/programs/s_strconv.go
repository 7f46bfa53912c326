package main

import (
	"fmt"
	"strconv"
)

func main() {
	n, err := strconv.Atoi("123")
	fmt.Println(n, err)
	n, err = strconv.Atoi("12a")
	fmt.Println(n, err)
	_, err = strconv.Atoi("")
	fmt.Println(err)
	_, err = strconv.Atoi("99999999999999999999")
	fmt.Println(err)
	fmt.Println(strconv.Itoa(-45) + "!")
	i64, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(i64, err)
	i64, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(i64, err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	f, err := strconv.ParseFloat("3.25", 64)
	fmt.Println(f, err)
	_, err = strconv.ParseFloat("abc", 64)
	fmt.Println(err)
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	fmt.Println(strconv.FormatInt(-255, 2), strconv.FormatInt(255, 16), strconv.FormatInt(35, 36))
	fmt.Println(strconv.FormatFloat(1.5, 'f', 3, 64), strconv.FormatFloat(1234.5, 'e', -1, 64), strconv.FormatFloat(0.1, 'g', -1, 32))
	fmt.Println(strconv.Quote("hi\n\"there\""), strconv.QuoteRune('☺'), strconv.QuoteToASCII("☺"))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	fmt.Println(strconv.FormatBool(false), strconv.AppendInt([]byte("x="), 42, 10))
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println("numerror", ne)
	}
	_, err = strconv.Atoi("x")
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
}
