package main

import (
	"fmt"
	"strconv"
)

func main() {
	s := strconv.Itoa(-123)
	fmt.Println(s, len(s))
	n, err := strconv.Atoi("456")
	fmt.Println(n+1, err)
	conversion, err = strconv.Atoi("12a")
	fmt.Println(err)
	_, err = strconv.Atoi("")
	fmt.Println(err)
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(255, 16), strconv.FormatInt(-8, 8))
	i64, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(i64, err)
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err)
	f, err := strconv.ParseFloat("3.25", 64)
	fmt.Println(f*2, err)
	_, err = strconv.ParseFloat("x1", 64)
	fmt.Println(err)
	bl, err := strconv.ParseBool("true")
	fmt.Println(bl, err)
	fmt.Println(strconv.FormatFloat(1.5, 'f', 3, 64), strconv.FormatFloat(1234.5, 'e', 2, 64))
	fmt.Println(strconv.FormatFloat(0.1, 'g', -1, 64), strconv.FormatBool(false))
	fmt.Println(strconv.Quote("hi\t\"there\""))
	u, _ := strconv.ParseUint("42", 10, 64)
	fmt.Println(u, strconv.FormatUint(u, 3))
	if _, err := strconv.Atoi("nine"); err != nil {
		fmt.Println("conversion failed:", err)
	}
}
