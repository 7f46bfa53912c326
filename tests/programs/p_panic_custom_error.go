package main

import "fmt"

type MyErr struct {
	Op   string
	Code int
}

func (e *MyErr) Error() string { return fmt.Sprintf("%s failed with code %d", e.Op, e.Code) }

func main() {
	fmt.Println("start")
	panic(&MyErr{"open", 13})
}
