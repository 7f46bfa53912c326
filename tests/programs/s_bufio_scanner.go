package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("line one\nline two\n\nlast"))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d: %q\n", n, sc.Text())
	}
	words := bufio.NewScanner(strings.NewReader("  split  into\twords\n"))
	words.Split(bufio.ScanWords)
	for words.Scan() {
		fmt.Print("[", words.Text(), "]")
	}
	fmt.Println()
	in := bufio.NewScanner(os.Stdin)
	lines := 0
	for in.Scan() {
		lines++
	}
	fmt.Println("stdin lines:", lines, in.Err())
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 1)
	w.WriteString("buffered 2\n")
	w.Flush()
}
