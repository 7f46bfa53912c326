package main

import "fmt"

func main() {
	a := fmt.Sprint("a", "b", 1, 2, "c", 3.5, true)
	b := fmt.Sprintln("a", "b", 1)
	c := fmt.Sprintf("%03d-%s", 7, "x")
	fmt.Printf("%q\n%q\n%q\n", a, b, c)
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprint("x", "y"), fmt.Sprint(1, "x", 2))
	fmt.Println(len(fmt.Sprintf("%5s", "ab")))
	err := fmt.Errorf("code %d: %s", 404, "not found")
	fmt.Println(err)
	fmt.Println(err.Error() == "code 404: not found")
}
