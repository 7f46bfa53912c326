package main

import "fmt"

func main() {
	x := 5
	if x {
	}
	for i := 0; i; i++ {
	}
	break
	continue
	switch x {
	case "a":
	case 5, 5:
	}
	var i interface{} = 1
	switch v := i.(type) {
	case int, string:
		fmt.Println(v)
	case int:
	}
	switch i.(type) {
	case fmt.Stringer:
	}
	x++
	"s"++
	x.y = 1
	len("x")
	int
	goto L
}
