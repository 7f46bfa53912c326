package main

import (
	"fmt"
	"strconv"
	"strings"
)

func sumCSV(line string) (int, error) {
	total := 0
	for i, field := range strings.Split(line, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(field))
		if err != nil {
			return 0, fmt.Errorf("field %d: %w", i, err)
		}
		total += n
	}
	return total, nil
}

func main() {
	for _, line := range []string{"1, 2, 3", "10,-20,30", "4, five, 6", "7,,8"} {
		total, err := sumCSV(line)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println("sum:", total)
	}
	v, err := strconv.ParseInt("0x1f", 0, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("0b101", 0, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("1_000", 0, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("-129", 10, 8)
	fmt.Println(v, err)
}
