package main

import "fmt"

type ExitCode int

func main() {
	fmt.Println("panicking with a named int")
	panic(ExitCode(7))
}
