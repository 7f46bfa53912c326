package main

import "fmt"

func work() int { return 1 }

func main() {
	go fmt.Println
	defer (work())
	go work()
	var unused int
}
